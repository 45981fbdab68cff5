import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { resourceKindLabels } from "@/lib/resources/schemas";

export const resourceAudienceLabels = { BOTH: "Mentors and mentees", MENTOR: "Mentors", MENTEE: "Mentees" } as const;

/**
 * One resource in a list: its title linking to the page or file, its kind and other badges, what
 * else the list says about it, and the button beside it.
 */
export function ResourceItem({
  resource,
  badges,
  children,
  action,
}: {
  resource: { id: string; title: string; url: string | null; kind: keyof typeof resourceKindLabels };
  badges: ReactNode;
  children?: ReactNode;
  action: ReactNode;
}) {
  return (
    <>
      <div className="text-sm">
        <p className="font-semibold text-slate-900">
          <a
            href={resource.url ?? `/resources/${resource.id}/file`}
            target={resource.url ? "_blank" : undefined}
            rel="noreferrer"
            className="hover:text-brand-700 hover:underline"
          >
            {resource.title}
          </a>
        </p>
        <p className="mt-1 flex flex-wrap gap-1.5">
          <Badge>{resourceKindLabels[resource.kind]}</Badge>
          {badges}
        </p>
        {children}
      </div>
      {action}
    </>
  );
}

/** How a list of resources lays out each item. */
export const resourceRow = "flex flex-wrap items-start justify-between gap-3 py-3 first:pt-0 last:pb-0";
