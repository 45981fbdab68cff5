import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { buttonClass } from "@/components/ui/button";
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
      <div className="max-w-lg space-y-6">
        <Card title="Change password">
          <ChangePasswordForm action={changePasswordAction} />
        </Card>
        <Card
          title="Your data"
          description="Everything Pairwise holds about you, as one file: your account, profile, applications, pairs, sessions, goals, reflections, messages and HR outcomes."
        >
          <a href="/me/account/data" className={buttonClass("secondary")} download>
            Download my data (JSON)
          </a>
          <p className="mt-3 text-xs text-slate-600">
            Your pulse and feedback answers are not in it: they are stored without your name, so nobody can find them again.
          </p>
        </Card>
      </div>
    </>
  );
}
