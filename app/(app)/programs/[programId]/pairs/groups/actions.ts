"use server";

import { act, pairWorkPages } from "@/app/_server/run-action";
import type { ActionResult } from "@/lib/action-result";
import { addCoMentor } from "@/lib/groups/add-co-mentor";
import { endGroup } from "@/lib/groups/end-group";
import { addCoMentorSchema, endGroupSchema } from "@/lib/groups/schemas";

export async function addCoMentorAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    addCoMentorSchema,
    addCoMentor,
    () => "Added. The co-mentor has been told and can open the group page.",
    pairWorkPages,
  );
}

export async function endGroupAction(input: unknown): Promise<ActionResult> {
  return act(input, endGroupSchema, endGroup, () => "Group ended. Everyone in it has been told.", pairWorkPages);
}
