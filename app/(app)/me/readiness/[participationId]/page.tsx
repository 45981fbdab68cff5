import type { Metadata } from "next";
import { ReadinessForm } from "@/components/resources/readiness-form";
import { ResourceChecklist } from "@/components/resources/resource-list";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ratingsForForm } from "@/lib/readiness/qualities";
import { myReadiness } from "@/lib/readiness/readiness";
import { loadedPage } from "@/app/_server/page-shell";
import { findOrNotFound } from "@/app/_server/or-not-found";
import { setResourceCompletionAction, submitReadinessAction } from "../../learning/actions";

export const metadata: Metadata = { title: "Mentor readiness" };

export default async function ReadinessPage({ params }: { params: Promise<{ participationId: string }> }) {
  const { participationId } = await params;
  return loadedPage("own-mentoring:read", findOrNotFound(myReadiness, participationId), ({ participation, required }) => (
    <>
      <PageHeader
        title="Mentor readiness"
        description={`${participation.program.name}: a short self-assessment and the training your coordinator asks every mentor to complete.`}
      />
      <div className="mb-6">
        {participation.readinessCompletedAt ? (
          <Badge tone="success">Ready to be matched</Badge>
        ) : (
          <Badge tone="warning">Not ready yet</Badge>
        )}
      </div>
      <div className="grid gap-6 lg:grid-cols-5">
        <Card
          className="lg:col-span-3"
          title={participation.readinessCheck ? "Your self-assessment (submitted; you can update it)" : "Self-assessment"}
        >
          <ReadinessForm
            action={submitReadinessAction}
            initial={{
              participationId: participation.id,
              ratings: ratingsForForm(participation.readinessCheck?.ratings),
              reflection: participation.readinessCheck?.reflection ?? "",
            }}
          />
        </Card>
        <Card className="lg:col-span-2" title="Required training">
          {required.length === 0 ? (
            <EmptyState title="No training is required for this programme" />
          ) : (
            <ResourceChecklist
              items={required.map((r) => ({ ...r, requiredForReadiness: true }))}
              action={setResourceCompletionAction}
            />
          )}
        </Card>
      </div>
    </>
  ));
}
