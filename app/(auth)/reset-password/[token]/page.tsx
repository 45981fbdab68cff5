import type { Metadata } from "next";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Logo } from "@/components/ui/logo";
import { resetPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <main
      id="main"
      className="flex min-h-screen items-center justify-center bg-gradient-to-b from-brand-50 to-slate-50 px-4 py-12"
    >
      <div className="w-full max-w-md">
        <div className="mb-8 flex flex-col items-center text-center">
          <Logo className="h-11 w-11" />
          <h1 className="mt-4 text-2xl font-semibold tracking-tight text-slate-900">Choose a new password</h1>
          <p className="mt-1 text-sm text-slate-600">The link you followed works once.</p>
        </div>
        <div className="rounded-2xl bg-white p-8 shadow-card ring-1 ring-slate-200">
          <ResetPasswordForm token={token} action={resetPasswordAction} />
        </div>
      </div>
    </main>
  );
}
