import type { Metadata } from "next";
import { Suspense } from "react";
import { OrganizationSettingsForm } from "@/components/admin/organization-settings-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import type { Actor } from "@/lib/auth/permissions";
import { currencyCodes, currencyOption } from "@/lib/organization/currency";
import { getOrganizationSettings } from "@/lib/organization/update-organization-settings";
import { requirePageAccess } from "@/app/_server/session";
import { updateOrganizationSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Organisation settings" };

export default async function OrganizationSettingsPage() {
  const actor = await requirePageAccess("settings:manage");
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Settings actor={actor} />
    </Suspense>
  );
}

async function Settings({ actor }: { actor: Actor }) {
  const settings = await getOrganizationSettings(actor);
  return (
    <>
      <PageHeader title="Organisation settings" description="What holds for every programme in the organisation." />
      <Card title="Money">
        <OrganizationSettingsForm
          initial={settings}
          currencies={currencyCodes().map((code) => ({ value: code, label: currencyOption(code) }))}
          action={updateOrganizationSettingsAction}
        />
      </Card>
    </>
  );
}
