"use server";

import type { ActionResult } from "@/lib/action-result";
import { counted } from "@/lib/format";
import { requestThreeSixty } from "@/lib/surveys/request-three-sixty";
import { requestThreeSixtySchema } from "@/lib/surveys/schemas";
import { act } from "@/app/_server/run-action";

export async function requestThreeSixtyAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    requestThreeSixtySchema,
    requestThreeSixty,
    ({ asked }) => `Asked: ${counted(asked, "person", "people")} will find your request in their inbox.`,
    ["/me/feedback-360", "/me/mentoring"],
  );
}
