"use server";

import { plural } from "@/lib/format";
import { idSchema } from "@/lib/programs/schemas";
import { addApprovedSkill, approveSkill, mergeSkill, skillMergeSchema, skillNameSchema } from "@/lib/profiles/skills";
import type { ActionResult } from "@/lib/action-result";
import { runAction } from "@/app/_server/run-action";

export async function addSkillAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: skillNameSchema,
    input,
    run: addApprovedSkill,
    success: () => "Added to the taxonomy.",
    revalidate: ["/skills"],
  });
}

export async function approveSkillAction(input: unknown): Promise<ActionResult> {
  return runAction({ schema: idSchema, input, run: approveSkill, success: () => "Approved.", revalidate: ["/skills"] });
}

export async function mergeSkillAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: skillMergeSchema,
    input,
    run: mergeSkill,
    success: (r) => `Merged; ${r.profiles} profile ${plural(r.profiles, "list")} updated.`,
    revalidate: ["/skills"],
  });
}
