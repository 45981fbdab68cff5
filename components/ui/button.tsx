import type { ButtonHTMLAttributes, ReactNode } from "react";
import { cx } from "@/components/ui/cx";

type Variant = "primary" | "secondary" | "ghost";

const variants: Record<Variant, string> = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 disabled:bg-brand-200",
  secondary: "bg-white text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 disabled:text-slate-400",
  ghost: "text-brand-700 hover:bg-brand-50 disabled:text-slate-400",
};

export function buttonClass(variant: Variant = "primary", extra?: string): string {
  return cx(
    "inline-flex items-center justify-center gap-2 rounded-md px-3.5 py-2 text-sm font-semibold transition-colors disabled:cursor-not-allowed",
    variants[variant],
    extra,
  );
}

export function Button({
  variant = "primary",
  className,
  type = "button",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button type={type} className={buttonClass(variant, className)} {...props} />;
}

/** A form's submit button: off while the form is being sent (or while `disabled`), saying what it is doing. */
export function SubmitButton({
  pending,
  pendingLabel = "Saving…",
  disabled,
  children,
  ...props
}: Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type"> & { variant?: Variant; pending: boolean; pendingLabel?: string }) {
  return (
    <Button type="submit" disabled={pending || disabled} {...props}>
      {pending ? pendingLabel : children}
    </Button>
  );
}

/** A settings form's save button, at the form's end: on only once something has changed. */
export function SaveChangesRow({ pending, changed, children }: { pending: boolean; changed: boolean; children: ReactNode }) {
  return (
    <div className="flex justify-end">
      <SubmitButton pending={pending} disabled={!changed}>
        {children}
      </SubmitButton>
    </div>
  );
}
