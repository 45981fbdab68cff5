import Link from "next/link";
import type { ReactNode } from "react";
import { ProgramStatusBadge } from "@/components/programs/status-badge";
import { formatDate } from "@/lib/format";
import { programAttention } from "@/lib/programs/attention";
import type { ProgramSummary } from "@/lib/programs/programs";
import { programTypeLabels } from "@/lib/programs/schemas";
import type { ProgramType } from "@/lib/db/generated/enums";

/** A programme card's heading: its name, linked, then its type and dates (or `noDates`) and anything after them. */
export function ProgramCardTitle({
  headingId,
  href,
  program,
  noDates,
  children,
}: {
  headingId?: string;
  href: string;
  program: { name: string; type: ProgramType; startDate: Date | null; endDate: Date | null };
  noDates: string;
  children?: ReactNode;
}) {
  return (
    <>
      <h2 id={headingId} className="text-base font-semibold text-slate-900">
        <Link href={href} className="hover:text-brand-700 hover:underline">
          {program.name}
        </Link>
      </h2>
      <p className="mt-0.5 text-xs text-slate-500">
        {programTypeLabels[program.type]} ·{" "}
        {program.startDate ? `${formatDate(program.startDate)} – ${formatDate(program.endDate)}` : noDates}
        {children}
      </p>
    </>
  );
}

function Figure({ label, value, hint }: { label: string; value: number | string; hint?: string }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-lg font-semibold text-slate-900">
        {value}
        {hint && <span className="ml-1 text-xs font-normal text-slate-500">{hint}</span>}
      </dd>
    </div>
  );
}

export function ProgramCard({ program }: { program: ProgramSummary }) {
  const attention = programAttention(program);
  return (
    <article className="flex flex-col rounded-xl bg-white p-5 shadow-card ring-1 ring-slate-200">
      <div className="flex items-start justify-between gap-3">
        <div>
          <ProgramCardTitle href={`/programs/${program.id}`} program={program} noDates="Dates not set" />
        </div>
        <ProgramStatusBadge status={program.status} />
      </div>
      <p className="mt-3 line-clamp-3 text-sm text-slate-600">{program.purpose || "No purpose written yet."}</p>
      <dl className="mt-5 grid grid-cols-2 gap-4 border-t border-slate-100 pt-4 sm:grid-cols-4">
        <Figure label="Mentors" value={program.mentorsApproved} hint={`${program.mentorCapacity} places`} />
        <Figure label="Mentees" value={program.menteesApproved} />
        <Figure label="To review" value={program.applicationsPending} />
        <Figure label="Active pairs" value={program.activePairs} />
      </dl>
      {attention && (
        <p className={`mt-4 text-xs font-medium ${attention.tone === "good" ? "text-emerald-800" : "text-amber-800"}`}>
          {attention.text}
        </p>
      )}
    </article>
  );
}
