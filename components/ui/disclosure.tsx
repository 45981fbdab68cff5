"use client";

import { useState, type ReactNode } from "react";

/**
 * A <details> whose content is rendered only once opened. For forms repeated on every row of a
 * table: closed, they cost the page nothing; the first open renders them in the browser.
 */
export function Disclosure({
  summary,
  className,
  summaryClassName,
  children,
}: {
  summary: ReactNode;
  className?: string;
  summaryClassName?: string;
  children: ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary className={summaryClassName}>{summary}</summary>
      {opened ? children : null}
    </details>
  );
}
