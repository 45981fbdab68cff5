import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import { EmptyState } from "@/components/ui/empty-state";
import { initials } from "@/lib/format";

/** The one link back above a pair's or a group's page. */
export function Breadcrumb({ href, children }: { href: string; children: ReactNode }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-2 text-sm">
      <Link href={href} className="text-slate-500 hover:text-brand-700">
        {children}
      </Link>
    </nav>
  );
}

/** A pair's or a group's workspace: the work on the left, the people and the agreement beside it. */
export function WorkspaceColumns({ main, side }: { main: ReactNode; side: ReactNode }) {
  // min-w-0 lets a column shrink below its content, so a long job title truncates on a phone.
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="min-w-0 space-y-6 lg:col-span-2">{main}</div>
      <div className="min-w-0 space-y-6">{side}</div>
    </div>
  );
}

/** What a pair's and a circle's session cards say for themselves. */
interface SessionCardProps {
  description: string;
  anchor?: string;
  count: number;
  empty: ReactNode;
  children: ReactNode;
}

function SessionListCard({
  title,
  emptyTitle,
  footer,
  description,
  anchor,
  count,
  empty,
  children,
}: SessionCardProps & { title: string; emptyTitle: string; footer: ReactNode }) {
  return (
    <Card title={title} description={description}>
      <div id={anchor} className="scroll-mt-24">
        {count === 0 ? <EmptyState title={emptyTitle}>{empty}</EmptyState> : <ul className="space-y-3">{children}</ul>}
      </div>
      {footer}
    </Card>
  );
}

/** Proposed and booked sessions, soonest first, and the form to book the next one (for those who may). */
export function UpcomingSessionsCard({
  booking,
  ...card
}: SessionCardProps & { booking?: { heading: string; anchor?: string; form: ReactNode } | false }) {
  return (
    <SessionListCard
      {...card}
      title="Upcoming sessions"
      emptyTitle="Nothing booked yet"
      footer={
        booking && (
          <div id={booking.anchor} className="mt-5 scroll-mt-24 border-t border-slate-100 pt-5">
            <h3 className="mb-3 text-sm font-semibold text-slate-900">{booking.heading}</h3>
            {booking.form}
          </div>
        )
      }
    />
  );
}

/** Sessions that happened, newest first, and the form to log one that was never booked here. */
export function SessionLogCard({ logForm, ...card }: SessionCardProps & { logForm?: ReactNode }) {
  return (
    <SessionListCard
      {...card}
      title="Session log"
      emptyTitle="No sessions logged yet"
      footer={logForm && <FoldedForm summary="Log a session you did not book here">{logForm}</FoldedForm>}
    />
  );
}

/**
 * A form folded away until asked for: under a card's content (ruled off from it), or under one
 * session of a list.
 */
export function FoldedForm({
  summary,
  open,
  under = "card",
  children,
}: {
  summary: ReactNode;
  open?: boolean;
  under?: "card" | "session";
  children: ReactNode;
}) {
  const card = under === "card";
  return (
    <details className={card ? "mt-5 border-t border-slate-100 pt-4" : "mt-3"} open={open}>
      <summary className={cx("cursor-pointer text-sm text-brand-700", card ? "font-semibold" : "font-medium")}>{summary}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}

/** Someone's initials in a circle, where a photo would go. */
export function Avatar({ name, size }: { name: string; size: "small" | "large" }) {
  return (
    <span
      aria-hidden="true"
      className={cx(
        "flex shrink-0 items-center justify-center rounded-full bg-accent-100 font-semibold text-accent-700",
        size === "large" ? "h-12 w-12" : "h-9 w-9 text-sm",
      )}
    >
      {initials(name)}
    </span>
  );
}
