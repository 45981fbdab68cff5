import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SingleSignOnButton } from "@/components/auth/single-sign-on-button";
import { Logo } from "@/components/ui/logo";
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
    <main
      id="main"
      className="flex min-h-screen items-center justify-center bg-gradient-to-b from-brand-50 to-slate-50 px-4 py-12"
    >
      <div className="w-full max-w-md">
        <div className="mb-8 flex flex-col items-center text-center">
          <Logo className="h-11 w-11" />
          <h1 className="mt-4 text-2xl font-semibold tracking-tight text-slate-900">Sign in to Pairwise</h1>
          <p className="mt-1 text-sm text-slate-600">Your organisation&rsquo;s mentoring programmes, in one place.</p>
        </div>
        <div className="space-y-6 rounded-2xl bg-white p-8 shadow-card ring-1 ring-slate-200">
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
        </div>
        <p className="mt-6 text-center text-xs text-slate-500">
          Forgotten your password? Ask your Pairwise administrator to send you a reset link.
        </p>
      </div>
    </main>
  );
}
