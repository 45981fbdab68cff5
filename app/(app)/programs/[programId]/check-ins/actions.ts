"use server";

import { runAction } from "@/app/_server/run-action";
import type { ActionResult } from "@/lib/action-result";
import { unpauseMentorSchema } from "@/lib/matching/schemas";
import { unpauseMentor } from "@/lib/matching/unpause-mentor";

export async function unpauseMentorAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: unpauseMentorSchema,
    input,
    run: (actor, parsed) => unpauseMentor(actor, parsed),
    success: (result) =>
      result.unpaused
        ? `${result.name} is back in self-match; unanswered requests count again from now.`
        : `${result.name} is not paused.`,
    revalidate: ["/programs", "/check-ins", "/me/mentoring"],
  });
}
