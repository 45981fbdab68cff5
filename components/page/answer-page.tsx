import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

/**
 * A page where someone answers a survey, a pulse or a feedback round: the page's header, who sees the
 * answers (under a test id, since that promise is what a test checks), then the answer card.
 */
export function AnswerPage({
  title,
  description,
  privacyTestId,
  privacy,
  children,
}: {
  title: string;
  description: string;
  privacyTestId: string;
  privacy: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <div className="max-w-3xl space-y-6">
        <Card title="Who sees your answers">
          <div className="space-y-2 text-sm text-slate-700" data-testid={privacyTestId}>
            {privacy}
          </div>
        </Card>
        {children}
      </div>
    </>
  );
}

/** A privacy note: the promise in one line, then how it is kept. */
export function PrivacyNote({ promise, children }: { promise: ReactNode; children: ReactNode }) {
  return (
    <>
      <p className="font-medium text-slate-900">{promise}</p>
      <p>{children}</p>
    </>
  );
}
