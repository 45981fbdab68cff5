import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cx } from "@/components/ui/cx";
import { EmptyState } from "@/components/ui/empty-state";

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

function Empty({ what }: { what: ReactNode }) {
  return typeof what === "string" ? <EmptyState title={what} /> : what;
}

/** A column heading; `numeric` right-aligns it (and its cells, by the caller's `Td`). */
export type Column = string | { label: ReactNode; numeric?: boolean; className?: string };

/** Headings of columns that hold numbers. */
export const numericColumns = (...labels: string[]): Column[] => labels.map((label) => ({ label, numeric: true }));

/**
 * A table of rows: its headings, one row a record, or what to say when there is none. Each row
 * gives its own cells, so a cell can hold anything.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
  children,
}: {
  caption: string;
  columns: Column[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Said instead of an empty table (a title, or an EmptyState of its own); without it the table shows with no rows. */
  empty?: ReactNode;
  /** The cells of one row. */
  children: (row: Row) => ReactNode;
}) {
  if (empty && rows.length === 0) return <Empty what={empty} />;
  return (
    <Table caption={caption}>
      <thead className="bg-slate-50">
        <tr>
          {columns.map((column, k) =>
            typeof column === "string" ? (
              <Th key={k}>{column}</Th>
            ) : (
              <Th key={k} className={cx(column.numeric && "text-right", column.className)}>
                {column.label}
              </Th>
            ),
          )}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={rowKey(row)}>{children(row)}</tr>
        ))}
      </tbody>
    </Table>
  );
}

/** A list of items divided by rules, or what to say when there is none. */
export function DividedList<Item>({
  items,
  itemKey,
  empty,
  className,
  testId,
  children,
}: {
  items: readonly Item[];
  itemKey: (item: Item) => string;
  empty?: ReactNode;
  /** The classes of each item: its layout and spacing. */
  className?: string;
  testId?: string;
  children: (item: Item) => ReactNode;
}) {
  if (empty && items.length === 0) return <Empty what={empty} />;
  return (
    <ul className="divide-y divide-slate-100" data-testid={testId}>
      {items.map((item) => (
        <li key={itemKey(item)} className={className}>
          {children(item)}
        </li>
      ))}
    </ul>
  );
}

/** A cell holding a number: right-aligned, with figures of equal width so a column reads down. */
export function NumTd({ className, ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <Td className={cx("text-right tabular-nums", className)} {...props} />;
}
