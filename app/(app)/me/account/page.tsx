import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/app/_server/session";
import { changePasswordAction } from "./actions";

export const metadata: Metadata = { title: "My account" };

export default async function MyAccountPage() {
  const actor = await requirePageAccess("own-profile:write");
  return (
    <>
      <PageHeader title="My account" description={`You sign in as ${actor.email}.`} />
      <Card className="max-w-lg" title="Change password">
        <ChangePasswordForm action={changePasswordAction} />
      </Card>
    </>
  );
}
