import type { Metadata } from "next";
import { InboxList } from "@/components/inbox/inbox-list";
import { PreferencesForm } from "@/components/inbox/preferences-form";
import { ActionButton } from "@/components/ui/action-button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listInbox } from "@/lib/notifications/inbox";
import { listMyPreferences } from "@/lib/notifications/preferences";
import { loadedPage } from "@/app/_server/page-shell";
import { markAllReadAction } from "./actions";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage() {
  return loadedPage(
    "own-mentoring:read",
    (actor) => Promise.all([listInbox(actor), listMyPreferences(actor)]),
    ([{ items, unread }, preferences]) => (
      <>
        <PageHeader
          title="Inbox"
          description={unread === 0 ? "You have read everything." : `${unread} unread. Opening a message marks it read.`}
        />
        <div className="space-y-6">
          <Card
            title="Messages"
            actions={unread > 0 ? <ActionButton action={markAllReadAction} input={{}} label="Mark all read" /> : undefined}
          >
            <InboxList items={items} />
          </Card>
          <Card
            title="How you get e-mails"
            description="Everything stays in this inbox. Choose per kind whether it is also e-mailed at once, gathered into a weekly digest, or not e-mailed."
          >
            <PreferencesForm preferences={preferences} />
          </Card>
        </div>
      </>
    ),
  );
}
