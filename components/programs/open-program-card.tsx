import Link from "next/link";
import { ProgramCardTitle } from "@/components/programs/program-card";
import { ApplicationStatusBadge } from "@/components/programs/application-status-badge";
import { buttonClass } from "@/components/ui/button";
import type { OpenProgram } from "@/lib/programs/list-open-programs";
import { programTypeTemplates, roleLabel } from "@/lib/programs/type-templates";

function scopeWords(scope: OpenProgram["scope"]): string {
  const parts = [
    scope.departments.length > 0 ? scope.departments.join(", ") : null,
    scope.locations.length > 0 ? `in ${scope.locations.join(", ")}` : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : "Everyone in the organisation";
}

export function OpenProgramCard({ program }: { program: OpenProgram }) {
  const headingId = `program-${program.slug}`;
  return (
    <article aria-labelledby={headingId} className="flex flex-col rounded-xl bg-white p-5 shadow-card ring-1 ring-slate-200">
      <ProgramCardTitle headingId={headingId} href={`/enrol/${program.slug}`} program={program} noDates="Dates to be announced">
        {program.meetingCadence && ` · ${program.meetingCadence}`}
      </ProgramCardTitle>
      <p className="mt-3 text-sm text-slate-700">{program.purpose || programTypeTemplates[program.type].summary}</p>
      {program.purpose && <p className="mt-2 text-xs text-slate-500">{programTypeTemplates[program.type].summary}</p>}
      <dl className="mt-4 grid gap-3 border-t border-slate-100 pt-4 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-xs text-slate-500">Who may apply</dt>
          <dd className="mt-0.5 text-slate-800">{scopeWords(program.scope)}</dd>
        </div>
        {program.places.map(({ role, places }) => (
          <div key={role}>
            <dt className="text-xs text-slate-500">{roleLabel(program.type, role)} places</dt>
            <dd className="mt-0.5 text-slate-800">
              {places.target === null
                ? `No fixed number · ${places.approved} approved`
                : places.left === 0
                  ? `All ${places.target} taken · new applicants join the waiting list`
                  : `${places.left} of ${places.target} left`}
            </dd>
          </div>
        ))}
      </dl>
      <div className="mt-4 flex flex-wrap items-center gap-2 border-t border-slate-100 pt-4">
        {program.myApplications.map((application) => (
          <span key={application.role} className="flex items-center gap-2 text-sm text-slate-700">
            You applied as {roleLabel(program.type, application.role).toLowerCase()}:
            <ApplicationStatusBadge status={application.status} />
          </span>
        ))}
        {!program.inScope ? (
          <p className="text-sm text-slate-600">
            Open to {scopeWords(program.scope)} only, so you cannot apply. Ask your coordinator about a programme for your team.
          </p>
        ) : program.canApplyAs.length > 0 ? (
          <Link href={`/enrol/${program.slug}`} className={buttonClass("primary", "ml-auto")}>
            Apply<span className="sr-only"> to {program.name}</span>
          </Link>
        ) : null}
      </div>
    </article>
  );
}
