"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

/**
 * A navigation link that knows when it is the page being shown (itself or, unless `exact`, a page
 * below it), says so to screen readers, and takes its `current` or `other` look.
 */
export function CurrentLink({
  href,
  exact = false,
  className,
  current: currentClass,
  other,
  children,
}: {
  href: string;
  exact?: boolean;
  className: string;
  current: string;
  other: string;
  children: ReactNode;
}) {
  const pathname = usePathname();
  const current = pathname === href || (!exact && pathname.startsWith(`${href}/`));
  return (
    <Link href={href} aria-current={current ? "page" : undefined} className={cx(className, current ? currentClass : other)}>
      {children}
    </Link>
  );
}
