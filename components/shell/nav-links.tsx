"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cx } from "@/components/ui/cx";

export interface NavSection {
  section: string;
  items: { href: string; label: string }[];
}

export function NavLinks({ sections }: { sections: NavSection[] }) {
  const pathname = usePathname();
  return (
    <div className="space-y-6">
      {sections.map(({ section, items }) => (
        <div key={section}>
          <p className="px-3 text-xs font-semibold uppercase tracking-wider text-slate-400">{section}</p>
          <ul className="mt-2 space-y-0.5">
            {items.map((item) => {
              const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={current ? "page" : undefined}
                    className={cx(
                      "block rounded-md px-3 py-2 text-sm font-medium",
                      current ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
                    )}
                  >
                    {item.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}
