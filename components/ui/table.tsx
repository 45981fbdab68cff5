import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cx } from "@/components/ui/cx";

export function Table({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <div className="-mx-5">
      {/* Focusable so the keyboard can scroll it too; on a phone a wide table scrolls inside itself, never the page.
          Relative, so visually hidden labels inside the cells stay inside the scroll box. */}
      <div
        role="region"
        aria-label={caption}
        tabIndex={0}
        className="relative overflow-x-auto focus-visible:ring-2 focus-visible:ring-brand-600"
      >
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">{caption}</caption>
          {children}
        </table>
      </div>
      <p aria-hidden="true" className="px-5 pt-2 text-xs text-slate-600 sm:hidden">
        Swipe the table sideways to see every column.
      </p>
    </div>
  );
}

export function Th({ className, ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      scope="col"
      className={cx(
        "px-5 py-2.5 text-left text-xs font-semibold tracking-wide whitespace-nowrap text-slate-500 uppercase",
        className,
      )}
      {...props}
    />
  );
}

export function Td({ className, ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cx("px-5 py-3 align-top text-slate-700", className)} {...props} />;
}
