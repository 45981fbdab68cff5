import type { Metadata } from "next";
import { OrganizationSettingsForm } from "@/components/admin/organization-settings-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { Actor } from "@/lib/auth/permissions";
import { currencyCodes, currencyOption } from "@/lib/organization/currency";
import { getOrganizationSettings } from "@/lib/organization/update-organization-settings";
import { permissionPage } from "@/app/_server/page-shell";
import { updateOrganizationSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Organisation settings" };

export default async function OrganizationSettingsPage() {
  return permissionPage("settings:manage", (actor) => <Settings actor={actor} />);
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
