import type { FormEventHandler, ReactNode } from "react";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/action-result";

/** The look of a small form set in a panel beside other content (an "add" form under a list). */
export const panelForm = "space-y-4 rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200";

/** A form that posts to a server action, with the action's message above its fields. */
export function ActionForm({
  onSubmit,
  result,
  className = "space-y-6",
  errorsOnly = false,
  children,
}: {
  onSubmit: FormEventHandler<HTMLFormElement>;
  result: ActionResult<unknown> | null;
  className?: string;
  /** Say nothing on success, where the page's refreshed data already shows it. */
  errorsOnly?: boolean;
  children: ReactNode;
}) {
  const message = result && !(errorsOnly && result.ok) ? result : null;
  return (
    <form onSubmit={onSubmit} noValidate className={className}>
      {message && <FormMessage tone={message.ok ? "success" : "error"}>{message.message}</FormMessage>}
      {children}
    </form>
  );
}
