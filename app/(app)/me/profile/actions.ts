"use server";

import { updateOwnProfile } from "@/lib/profiles/profiles";
import { profileSchema } from "@/lib/profiles/schemas";
import type { ActionResult } from "@/lib/action-result";
import { runAction } from "@/app/_server/run-action";

export async function updateOwnProfileAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: profileSchema,
    input,
    run: updateOwnProfile,
    success: () => "Your profile is saved.",
    revalidate: ["/me/profile"],
  });
}
