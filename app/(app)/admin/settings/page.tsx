import type { Metadata } from "next";
import { OrganizationSettingsForm } from "@/components/admin/organization-settings-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { currencyCodes, currencyOption } from "@/lib/organization/currency";
import { getOrganizationSettings } from "@/lib/organization/update-organization-settings";
import { loadedPage } from "@/app/_server/page-shell";
import { updateOrganizationSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Organisation settings" };

export default async function OrganizationSettingsPage() {
  return loadedPage("settings:manage", getOrganizationSettings, (settings) => (
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
  ));
}
