import type { Metadata } from "next";
import Link from "next/link";
import { PairStateBadge } from "@/components/pairs/pair-state-badge";
import { ProgramStatusBadge } from "@/components/programs/status-badge";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatPercent, plural } from "@/lib/format";
import { listProgramPairs } from "@/lib/matching/pairs";
import { loadedPage } from "@/app/_server/page-shell";

export const metadata: Metadata = { title: "Matching" };

// The permission check runs before anything streams, so a refused request gets a real 403.
export default async function MatchingPage() {
  return loadedPage("matching:read", listProgramPairs, (programs) => (
    <>
      <PageHeader
        title="Matching"
        description="Every programme's pairs and the mentees still waiting for a mentor. Open a workspace in the programme to run the matcher, adjust its proposals and publish."
      />
      {programs.length === 0 && <EmptyState title="No programme has reached enrolment yet" />}
      <div className="grid gap-5 lg:grid-cols-2">
        {programs.map((program) => {
          const atRisk = program.atRiskPairs;
          return (
            <article
              key={program.id}
              className="flex flex-col rounded-xl bg-white p-5 shadow-card ring-1 ring-slate-200"
              aria-labelledby={`programme-${program.id}`}
            >
              <div className="flex items-start justify-between gap-3">
                <h2 id={`programme-${program.id}`} className="text-base font-semibold text-slate-900">
                  <Link href={`/programs/${program.id}`} className="hover:text-brand-700 hover:underline">
                    {program.name}
                  </Link>
                </h2>
                <ProgramStatusBadge status={program.status} />
              </div>
              <p className="mt-2 text-sm text-slate-600">
                {program.livePairs} live {plural(program.livePairs, "pair")} · {program.menteesApproved} approved{" "}
                {plural(program.menteesApproved, "mentee")} · {program.menteesUnmatched.length} waiting for a mentor
              </p>
              {program.averageScore !== null && (
                <p className="mt-1 text-xs text-slate-500">Average pair score {formatPercent(program.averageScore)}</p>
              )}
              {atRisk > 0 && (
                <p className="mt-2 flex items-center gap-2 text-xs text-slate-600">
                  <PairStateBadge state="at-risk" /> {atRisk} {plural(atRisk, "pair")} not meeting
                </p>
              )}
              <div className="mt-auto pt-4">
                <Link
                  href={`/programs/${program.id}/matching`}
                  className={buttonClass("secondary")}
                  aria-label={`Open workspace for ${program.name}`}
                >
                  Open workspace
                </Link>
              </div>
            </article>
          );
        })}
      </div>
    </>
  ));
}
