import type { Metadata } from "next";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { AuthPanel } from "@/components/auth/auth-panel";
import { resetPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <AuthPanel title="Choose a new password" description="The link you followed works once.">
      <ResetPasswordForm token={token} action={resetPasswordAction} />
    </AuthPanel>
  );
}
