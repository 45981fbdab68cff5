"use server";

import type { ActionResult } from "@/lib/action-result";
import { counted } from "@/lib/format";
import { requestThreeSixty } from "@/lib/surveys/request-three-sixty";
import { requestThreeSixtySchema } from "@/lib/surveys/schemas";
import { runAction } from "@/app/_server/run-action";

export async function requestThreeSixtyAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: requestThreeSixtySchema,
    input,
    run: (actor, parsed) => requestThreeSixty(actor, parsed),
    success: ({ asked }) => `Asked: ${counted(asked, "person", "people")} will find your request in their inbox.`,
    revalidate: ["/me/feedback-360", "/me/mentoring"],
  });
}
