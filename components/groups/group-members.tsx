import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Avatar } from "@/components/mentoring/workspace";

/** Who is in a circle, each labelled Mentor, Co-mentor or Mentee. */
export function GroupMembers({
  members,
}: {
  members: { userId?: string; name: string; role: string; title: string | null; department?: string | null }[];
}) {
  return (
    <Card title="Members" description={`${members.length} people`}>
      <ul className="space-y-3" aria-label="Members">
        {members.map((m) => (
          <li key={`${m.role}-${m.name}`} className="flex items-center gap-3">
            <Avatar name={m.name} size="small" />
            <div className="min-w-0 flex-1">
              <p className="truncate text-sm font-medium text-slate-900">{m.name}</p>
              {(m.title || m.department) && (
                <p className="truncate text-xs text-slate-600">{[m.title, m.department].filter(Boolean).join(" · ")}</p>
              )}
            </div>
            <Badge tone={m.role === "Mentee" ? "neutral" : "info"}>{m.role}</Badge>
          </li>
        ))}
      </ul>
    </Card>
  );
}
