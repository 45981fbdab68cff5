import type { ProgramStatus } from "@/lib/db/generated/enums";
import { counted } from "@/lib/format";

export interface AttentionFacts {
  status: ProgramStatus;
  menteesApproved: number;
  mentorCapacity: number;
  /** Approved mentees with no published pair. */
  menteesWaiting: number;
  livePairs: number;
}

export interface Attention {
  tone: "good" | "warning";
  text: string;
}

/**
 * The one-line verdict on a programme card. It is only "good" when nothing needs doing: a running
 * programme with no pairs, or with mentees still waiting for a mentor, is never shown as fine.
 */
export function programAttention(p: AttentionFacts): Attention | null {
  const running = p.status === "MATCHING" || p.status === "ACTIVE";
  if (p.status === "ACTIVE" && p.livePairs === 0)
    return { tone: "warning", text: "Running with no pairs: run matching and publish pairs." };
  if (running && p.menteesWaiting > 0)
    return { tone: "warning", text: `${counted(p.menteesWaiting, "approved mentee")} still waiting for a mentor.` };
  if (p.menteesApproved === 0 || p.status === "CLOSED") return null;
  const spare = p.mentorCapacity - p.menteesApproved;
  if (spare < 0)
    return {
      tone: "warning",
      text: `${counted(-spare, "approved mentee")} more than mentor places: recruit mentors or raise capacity.`,
    };
  if (running) return { tone: "good", text: "Every approved mentee has a mentor." };
  return {
    tone: "good",
    text: `Mentor capacity covers every approved mentee, with ${counted(spare, "place")} to spare.`,
  };
}
