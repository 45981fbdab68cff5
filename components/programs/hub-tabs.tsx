"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cx } from "@/components/ui/cx";

export interface HubTabLink {
  href: string;
  label: string;
}

/** The programme hub's tabs; on a phone they scroll sideways instead of widening the page. */
export function HubTabs({ tabs }: { tabs: HubTabLink[] }) {
  const pathname = usePathname();
  const [overview] = tabs;
  return (
    <nav aria-label="Programme sections" className="-mx-4 mb-6 overflow-x-auto border-b border-slate-200 px-4 sm:mx-0 sm:px-0">
      <ul className="flex min-w-max gap-1">
        {tabs.map((tab) => {
          const current = tab === overview ? pathname === tab.href : pathname === tab.href || pathname.startsWith(`${tab.href}/`);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={current ? "page" : undefined}
                className={cx(
                  "-mb-px block border-b-2 px-3 py-2.5 text-sm font-medium whitespace-nowrap",
                  current
                    ? "border-brand-600 text-brand-700"
                    : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
                )}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
