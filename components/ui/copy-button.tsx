"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Copies a text (a link to share) and says so where a screen reader hears it. */
export function CopyButton({ text, label = "Copy link" }: { text: string; label?: string }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        variant="secondary"
        onClick={() =>
          navigator.clipboard.writeText(text).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {label}
      </Button>
      <span role="status" className="text-xs text-slate-600">
        {copied === true && "Copied."}
        {copied === false && "Copying is blocked here: select the link and copy it instead."}
      </span>
    </span>
  );
}
