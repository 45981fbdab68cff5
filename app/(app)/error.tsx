"use client";

import { Button } from "@/components/ui/button";
import { StatusPage } from "@/components/ui/status-page";

export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <StatusPage code="Something went wrong" title="This page could not load" action={<Button onClick={reset}>Try again</Button>}>
      Nothing you entered was lost. Try again in a moment; if it keeps happening, give your administrator this reference:{" "}
      <code className="rounded bg-slate-100 px-1.5 py-0.5 text-xs">{error.digest ?? "no reference"}</code>
    </StatusPage>
  );
}
