import type { Metadata } from "next";
import { SponsorAnswer } from "@/components/programs/sponsor-answer";
import { SponsorRequestSummary } from "@/components/programs/sponsor-request-summary";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import { mySponsorRequest } from "@/lib/programs/sponsor/my-sponsor-request";
import { loadedPage } from "@/app/_server/page-shell";
import { findOrNotFound } from "@/app/_server/or-not-found";
import { sayNotYetAction, signOffProgrammeAction } from "../actions";

export const metadata: Metadata = { title: "Sponsor sign-off" };

export default async function SponsorSignOffPage({ params }: { params: Promise<{ programId: string }> }) {
  const { programId } = await params;
  return loadedPage("own-mentoring:read", findOrNotFound(mySponsorRequest, programId), (request) => {
    const { state } = request;
    return (
      <>
        <PageHeader
          title={`Sign off ${request.name}`}
          description={
            state.kind === "signed-off"
              ? `You signed this programme off as its executive sponsor on ${formatDate(state.signedOffAt)}.`
              : state.kind === "waiting"
                ? `${state.askedByName ?? "The programme office"} asked you on ${formatDate(state.askedAt)} to sign this programme off as its executive sponsor.`
                : "You are this programme's executive sponsor."
          }
        />
        <div className="max-w-3xl space-y-6">
          <SponsorRequestSummary request={request} />
          <SponsorAnswer
            programId={request.id}
            state={state}
            actions={{ signOff: signOffProgrammeAction, notYet: sayNotYetAction }}
          />
        </div>
      </>
    );
  });
}
