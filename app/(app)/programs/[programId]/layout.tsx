import type { ReactNode } from "react";
import { HubTabs } from "@/components/programs/hub-tabs";
import { ProgramStatusBadge } from "@/components/programs/status-badge";
import { can, type Action } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";
import { getProgramHeader } from "@/lib/programs/hub";
import type { HubTab } from "@/lib/programs/next-step";
import { programTypeLabels } from "@/lib/programs/schemas";
import { requireActor } from "@/app/_server/session";
import { orNotFound } from "@/app/_server/or-not-found";

const tabs: { tab: HubTab; label: string; action: Action }[] = [
  { tab: "overview", label: "Overview", action: "programs:read" },
  { tab: "design", label: "Design", action: "programs:read" },
  { tab: "enrolment", label: "Enrolment", action: "programs:read" },
  { tab: "matching", label: "Matching", action: "matching:read" },
  { tab: "pairs", label: "Pairs", action: "matching:read" },
  { tab: "check-ins", label: "Check-ins", action: "checkins:read" },
  { tab: "surveys", label: "Surveys", action: "checkins:read" },
  { tab: "evaluation", label: "Evaluation", action: "evaluation:read" },
];

type Props = { children: ReactNode; params: Promise<{ programId: string }> };

/**
 * The programme hub: one header and one row of tabs over every page of a programme. People
 * without the programme office's view (a pair's own members on their pair page) get the page
 * alone; each page checks its own permission.
 */
export default async function ProgramHubLayout({ children, params }: Props) {
  const actor = await requireActor();
  if (!can(actor, "programs:read")) return children;
  const { programId } = await params;
  const program = await orNotFound(getProgramHeader(actor, programId));
  const base = `/programs/${program.id}`;
  return (
    <>
      <div className="mb-4">
        <p className="text-xs font-medium text-slate-500">
          {programTypeLabels[program.type]} programme
          {program.startDate && ` · ${formatDate(program.startDate)} – ${formatDate(program.endDate)}`}
        </p>
        <div className="mt-1 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{program.name}</h1>
          <ProgramStatusBadge status={program.status} />
        </div>
      </div>
      <HubTabs
        tabs={tabs
          .filter((t) => can(actor, t.action))
          .map((t) => ({ href: t.tab === "overview" ? base : `${base}/${t.tab}`, label: t.label }))}
      />
      {children}
    </>
  );
}
