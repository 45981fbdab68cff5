import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MentorRequestForm } from "@/components/matching/mentor-request-form";
import { ActionButton } from "@/components/ui/action-button";
import { Badge, type Tone } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { mentorSuggestions } from "@/lib/matching/self-match";
import { permissionPage } from "@/app/_server/page-shell";
import { requestMentorsAction, withdrawRequestsAction } from "../../actions";

export const metadata: Metadata = { title: "Find a mentor" };

const requestStatus: Record<string, { label: string; tone: Tone }> = {
  QUEUED: { label: "Waiting its turn", tone: "neutral" },
  PENDING: { label: "Asked, awaiting reply", tone: "info" },
  ACCEPTED: { label: "Accepted", tone: "success" },
  DECLINED: { label: "Declined", tone: "neutral" },
  EXPIRED: { label: "No reply in time", tone: "warning" },
  WITHDRAWN: { label: "Withdrawn", tone: "neutral" },
};

export default async function FindMentorPage({ params }: { params: Promise<{ programId: string }> }) {
  const { programId } = await params;
  return permissionPage("own-mentoring:read", (actor) => <FindMentor actor={actor} programId={programId} />);
}

async function FindMentor({ actor, programId }: { actor: Actor; programId: string }) {
  const data = await mentorSuggestions(actor, programId).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "FORBIDDEN" || error.code === "NOT_FOUND" || error.code === "CONFLICT"))
      notFound();
    throw error;
  });
  const open = data.requests.filter((r) => r.status === "QUEUED" || r.status === "PENDING");
  return (
    <>
      <PageHeader
        title="Find a mentor"
        description={`${data.program.name}: mentors with a place left, ranked by how well they fit your goals, skills and availability.`}
        actions={
          <Link href="/me/mentoring" className={buttonClass("secondary")}>
            Back to my mentoring
          </Link>
        }
      />
      <div className="space-y-6">
        {data.requests.length > 0 && (
          <Card
            title="Your requests"
            actions={
              open.length > 0 && (
                <ActionButton
                  action={withdrawRequestsAction}
                  input={{ programId }}
                  label="Withdraw open requests"
                  confirm="Withdraw your open requests?"
                />
              )
            }
          >
            {open.length > 0 && (
              <p className="mb-3 text-sm text-slate-700">
                Your request is with {open.find((r) => r.status === "PENDING")?.mentor.user.name ?? "your first choice"}. If they
                cannot take you on, it passes to your next choice.
              </p>
            )}
            <ol className="space-y-2">
              {data.requests.map((r) => (
                <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                  <span>
                    #{r.rank} {r.mentor.user.name}
                    {r.status === "PENDING" && r.respondBy && (
                      <span className="text-slate-500"> · reply due {formatDate(r.respondBy)}</span>
                    )}
                  </span>
                  <Badge tone={requestStatus[r.status]!.tone}>{requestStatus[r.status]!.label}</Badge>
                </li>
              ))}
            </ol>
          </Card>
        )}
        {data.matched ? (
          <EmptyState title="You have a mentor in this programme">See them on your mentoring page.</EmptyState>
        ) : open.length > 0 ? null : data.suggestions.length === 0 ? (
          <EmptyState title="No mentor has a place left right now">Your coordinator has been told; check back soon.</EmptyState>
        ) : (
          <Card title="Suggested mentors">
            <MentorRequestForm
              programId={programId}
              limit={data.program.selfMatchRequestLimit}
              suggestions={data.suggestions}
              action={requestMentorsAction}
            />
          </Card>
        )}
      </div>
    </>
  );
}
