import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SingleSignOnButton } from "@/components/auth/single-sign-on-button";
import { AuthPanel } from "@/components/auth/auth-panel";
import { safeCallbackUrl, signInErrorMessage } from "@/lib/auth/callback-url";
import { singleSignOnName, singleSignOnProviderId } from "@/lib/auth/options";
import { getActor } from "@/app/_server/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getActor()) redirect(callbackUrl);
  const sso = singleSignOnName();

  return (
    <AuthPanel
      title="Sign in to Pairwise"
      description="Your organisation’s mentoring programmes, in one place."
      note="Forgotten your password? Ask your Pairwise administrator to send you a reset link."
    >
      {sso && (
        <>
          <SingleSignOnButton providerId={singleSignOnProviderId} name={sso} callbackUrl={callbackUrl} />
          <div className="flex items-center gap-3 text-xs text-slate-500">
            <span className="h-px flex-1 bg-slate-200" />
            or with your email
            <span className="h-px flex-1 bg-slate-200" />
          </div>
        </>
      )}
      <SignInForm callbackUrl={callbackUrl} initialError={signInErrorMessage(params.error)} />
    </AuthPanel>
  );
}
