import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate } from "@/lib/format";

/** One column of the table: its heading and what a session shows under it. */
type SessionColumn<Session> = { label: string; cell: (session: Session) => ReactNode };

/** The columns every shared session has. */
export const sessionDate: SessionColumn<{ occurredAt: Date }> = { label: "Date", cell: (s) => formatDate(s.occurredAt) };
export const sessionLength: SessionColumn<{ durationMinutes: number }> = {
  label: "Length",
  cell: (s) => `${s.durationMinutes} min`,
};
export const sessionUsefulness: SessionColumn<{ usefulness: number | null }> = {
  label: "Usefulness",
  cell: (s) => (s.usefulness === null ? "—" : `${s.usefulness} / 5`),
};

/**
 * The sessions a pair or a group shares with the programme office, one row each (under `rowTestId`,
 * which a test counts), or a note that there are none yet.
 */
export function OfficeSessionsTable<Session extends { id: string }>({
  caption,
  rowTestId,
  sessions,
  columns,
}: {
  caption: string;
  rowTestId: string;
  sessions: readonly Session[];
  columns: readonly SessionColumn<Session>[];
}) {
  if (sessions.length === 0) return <EmptyState title="No sessions yet" />;
  return (
    <Table caption={caption}>
      <thead className="bg-slate-50">
        <tr>
          {columns.map(({ label }) => (
            <Th key={label}>{label}</Th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {sessions.map((session) => (
          <tr key={session.id} data-testid={rowTestId}>
            {columns.map(({ label, cell }) => (
              <Td key={label}>{cell(session)}</Td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
