import type { FormEventHandler, ReactNode } from "react";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/action-result";

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
