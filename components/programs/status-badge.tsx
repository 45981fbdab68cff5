import Link from "next/link";
import { Badge, type Tone } from "@/components/ui/badge";
import type { ProgramStatus } from "@/lib/db/generated/enums";

const statusDisplay: Record<ProgramStatus, { label: string; tone: Tone }> = {
  DRAFT: { label: "Draft", tone: "neutral" },
  ENROLMENT: { label: "Enrolment open", tone: "info" },
  MATCHING: { label: "Matching", tone: "brand" },
  ACTIVE: { label: "Active", tone: "success" },
  CLOSED: { label: "Closed", tone: "neutral" },
};

export function ProgramStatusBadge({ status }: { status: ProgramStatus }) {
  const { label, tone } = statusDisplay[status];
  return <Badge tone={tone}>{label}</Badge>;
}

/** A programme's name (a link where one is given) with its status under it, as the first cell of a row. */
export function ProgramNameWithStatus({ name, status, href }: { name: string; status: ProgramStatus; href?: string }) {
  return (
    <>
      {href ? (
        <Link href={href} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
          {name}
        </Link>
      ) : (
        <p className="font-medium text-slate-900">{name}</p>
      )}
      <div className="mt-1">
        <ProgramStatusBadge status={status} />
      </div>
    </>
  );
}
