"use server";

import { formatPercent, plural } from "@/lib/format";
import { assignManually } from "@/lib/matching/assign-manually";
import { discardRun } from "@/lib/matching/discard-run";
import { endAndRematch } from "@/lib/matching/end-and-rematch";
import { publishRun } from "@/lib/matching/publish-run";
import { runMatching } from "@/lib/matching/run-matching";
import { setConstraint } from "@/lib/matching/set-constraint";
import { swapProposals } from "@/lib/matching/swap-proposals";
import {
  constraintSchema,
  endMatchSchema,
  manualAssignSchema,
  runIdSchema,
  runMatchingSchema,
  swapSchema,
} from "@/lib/matching/schemas";
import { matchingSettingsSchema } from "@/lib/matching/schemas";
import { updateMatchingSettings } from "@/lib/matching/settings";
import type { ActionResult } from "@/lib/action-result";
import { act } from "@/app/_server/run-action";

const revalidate = ["/matching", "/programs", "/me/mentoring"];

export async function saveMatchingSettingsAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    matchingSettingsSchema,
    updateMatchingSettings,
    () => "Matching settings saved. Run matching to apply them.",
    revalidate,
  );
}

export async function runMatchingAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    runMatchingSchema,
    runMatching,
    (run) =>
      `Proposed ${run.matched} ${plural(run.matched, "pair")}${run.unmatched ? `; ${run.unmatched} ${plural(run.unmatched, "mentee")} left unmatched (reasons below)` : ""}.`,
    revalidate,
  );
}

export async function publishRunAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    runIdSchema,
    publishRun,
    (result) => `Published ${result.published} ${plural(result.published, "pair")}; both sides have been notified.`,
    revalidate,
  );
}

export async function discardRunAction(input: unknown): Promise<ActionResult> {
  return act(input, runIdSchema, discardRun, () => "Draft discarded. Nothing was published.", revalidate);
}

export async function setConstraintAction(input: unknown): Promise<ActionResult> {
  return act(input, constraintSchema, setConstraint, () => "Saved. Run matching again to apply it.", revalidate);
}

export async function assignManuallyAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    manualAssignSchema,
    assignManually,
    (result) => `Assigned and locked, scoring ${formatPercent(result.score)}.`,
    revalidate,
  );
}

export async function endAndRematchAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    endMatchSchema,
    endAndRematch,
    () => "Pair ended. The mentee is back in the pool; run matching to propose a new mentor.",
    revalidate,
  );
}

export async function swapProposalsAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    swapSchema,
    swapProposals,
    (result) =>
      `Swapped and locked: the new pairs score ${formatPercent(result.scores[0])} and ${formatPercent(result.scores[1])}.`,
    revalidate,
  );
}
