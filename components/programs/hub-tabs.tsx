import { CurrentLink } from "@/components/ui/current-link";

export interface HubTabLink {
  href: string;
  label: string;
}

/** The programme hub's tabs; on a phone they scroll sideways instead of widening the page. */
export function HubTabs({ tabs }: { tabs: HubTabLink[] }) {
  return (
    <nav aria-label="Programme sections" className="-mx-4 mb-6 overflow-x-auto border-b border-slate-200 px-4 sm:mx-0 sm:px-0">
      <ul className="flex min-w-max gap-1">
        {tabs.map((tab, k) => (
          <li key={tab.href}>
            {/* The overview is the hub's own address, which every other tab sits below. */}
            <CurrentLink
              href={tab.href}
              exact={k === 0}
              className="-mb-px block border-b-2 px-3 py-2.5 text-sm font-medium whitespace-nowrap"
              current="border-brand-600 text-brand-700"
              other="border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"
            >
              {tab.label}
            </CurrentLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
