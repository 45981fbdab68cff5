"use server";

import { plural } from "@/lib/format";
import { idSchema } from "@/lib/programs/schemas";
import { addApprovedSkill, approveSkill, mergeSkill, skillMergeSchema, skillNameSchema } from "@/lib/profiles/skills";
import type { ActionResult } from "@/lib/action-result";
import { act } from "@/app/_server/run-action";

export async function addSkillAction(input: unknown): Promise<ActionResult> {
  return act(input, skillNameSchema, addApprovedSkill, () => "Added to the taxonomy.", ["/skills"]);
}

export async function approveSkillAction(input: unknown): Promise<ActionResult> {
  return act(input, idSchema, approveSkill, () => "Approved.", ["/skills"]);
}

export async function mergeSkillAction(input: unknown): Promise<ActionResult> {
  return act(input, skillMergeSchema, mergeSkill, (r) => `Merged; ${r.profiles} profile ${plural(r.profiles, "list")} updated.`, [
    "/skills",
  ]);
}
