"use server";

import { learningStyleSchema } from "@/lib/profiles/learning-style";
import { saveLearningStyle, updateOwnProfile } from "@/lib/profiles/profiles";
import { learningStyleDescriptions, profileSchema } from "@/lib/profiles/schemas";
import type { ActionResult } from "@/lib/action-result";
import { act } from "@/app/_server/run-action";

export async function updateOwnProfileAction(input: unknown): Promise<ActionResult> {
  return act(input, profileSchema, updateOwnProfile, () => "Your profile is saved.", ["/me/profile"]);
}

export async function saveLearningStyleAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    learningStyleSchema,
    (actor, answers) => saveLearningStyle(actor, answers),
    (result) => `Saved. ${learningStyleDescriptions[result.style]}.`,
    ["/me/profile"],
  );
}
