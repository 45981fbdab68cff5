import { CurrentLink } from "@/components/ui/current-link";

export interface NavSection {
  section: string;
  items: { href: string; label: string; /** e.g. unread messages; shown when above zero */ count?: number }[];
}

export function NavLinks({ sections }: { sections: NavSection[] }) {
  return (
    <div className="space-y-6">
      {sections.map(({ section, items }) => (
        <div key={section}>
          <p className="px-3 text-xs font-semibold tracking-wider text-slate-500 uppercase">{section}</p>
          <ul className="mt-2 space-y-0.5">
            {items.map((item) => (
              <li key={item.href}>
                <CurrentLink
                  href={item.href}
                  className="flex items-center justify-between gap-2 rounded-md px-3 py-2 text-sm font-medium"
                  current="bg-brand-50 text-brand-700"
                  other="text-slate-700 hover:bg-slate-100 hover:text-slate-900"
                >
                  <span>{item.label}</span>
                  {item.count ? (
                    <span className="rounded-full bg-brand-600 px-2 py-0.5 text-xs font-semibold text-white">
                      {item.count}
                      <span className="sr-only"> unread</span>
                    </span>
                  ) : null}
                </CurrentLink>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
