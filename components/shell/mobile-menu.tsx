"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * The phone menu: a disclosure that closes itself once a link has taken the person to another page.
 * The brand link sits beside the summary, not inside it: a link inside a summary is a control
 * inside a control, which screen readers announce as one.
 */
export function MobileMenu({ brand, children }: { brand: ReactNode; children: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);
  return (
    <div className="relative flex items-center justify-between">
      {brand}
      <details ref={menu} className="group">
        <summary className="cursor-pointer list-none rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 [&::-webkit-details-marker]:hidden">
          Menu
        </summary>
        <div className="absolute inset-x-0 top-full z-40 mt-3 space-y-6 border-b border-slate-200 bg-white pb-3 shadow-sm">
          {children}
        </div>
      </details>
    </div>
  );
}
