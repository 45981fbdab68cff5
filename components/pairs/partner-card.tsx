import { Card } from "@/components/ui/card";
import { Avatar } from "@/components/mentoring/workspace";
import type { PairWorkspace } from "@/lib/pairs/pair-workspace";

export function PartnerCard({ partner, role }: { partner: PairWorkspace["partner"]; role: string }) {
  return (
    <Card>
      <div className="flex items-start gap-3">
        <Avatar name={partner.name} size="large" />
        <div className="min-w-0 text-sm">
          <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">{role}</p>
          <p className="font-semibold text-slate-900">{partner.name}</p>
          {partner.title && <p className="text-slate-600">{partner.title}</p>}
          <p className="text-slate-500">{[partner.department, partner.location].filter(Boolean).join(" · ")}</p>
        </div>
      </div>
      {partner.headline && <p className="mt-3 text-sm text-slate-700">{partner.headline}</p>}
      {partner.bio && <p className="mt-1 line-clamp-4 text-sm text-slate-600">{partner.bio}</p>}
      <dl className="mt-3 space-y-1 text-xs text-slate-600">
        <div className="flex gap-1">
          <dt className="font-medium text-slate-700">Local time:</dt>
          <dd>
            {partner.localTime} ({partner.timeZone})
          </dd>
        </div>
        {partner.skills.length > 0 && (
          <div className="flex gap-1">
            <dt className="font-medium text-slate-700">Can help with:</dt>
            <dd>{partner.skills.join(", ")}</dd>
          </div>
        )}
        {partner.languages.length > 0 && (
          <div className="flex gap-1">
            <dt className="font-medium text-slate-700">Speaks:</dt>
            <dd>{partner.languages.join(", ")}</dd>
          </div>
        )}
      </dl>
      <a
        className="mt-3 inline-block text-sm font-medium break-all text-brand-700 underline-offset-2 hover:underline"
        href={`mailto:${partner.email}`}
      >
        {partner.email}
      </a>
    </Card>
  );
}
