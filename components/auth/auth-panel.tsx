import type { ReactNode } from "react";
import { Logo } from "@/components/ui/logo";

/** The signed-out pages' frame: the logo, what the page is for, one white panel, and a note under it. */
export function AuthPanel({
  title,
  description,
  note,
  children,
}: {
  title: string;
  description: ReactNode;
  note?: ReactNode;
  children: ReactNode;
}) {
  return (
    <main
      id="main"
      className="flex min-h-screen items-center justify-center bg-gradient-to-b from-brand-50 to-slate-50 px-4 py-12"
    >
      <div className="w-full max-w-md">
        <div className="mb-8 flex flex-col items-center text-center">
          <Logo className="h-11 w-11" />
          <h1 className="mt-4 text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
          <p className="mt-1 text-sm text-slate-600">{description}</p>
        </div>
        <div className="space-y-6 rounded-2xl bg-white p-8 shadow-card ring-1 ring-slate-200">{children}</div>
        {note && <p className="mt-6 text-center text-xs text-slate-500">{note}</p>}
      </div>
    </main>
  );
}
