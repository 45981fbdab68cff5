"use server";

import { addResource, removeResource } from "@/lib/resources/resources";
import { resourceSchema } from "@/lib/resources/schemas";
import { idSchema } from "@/lib/programs/schemas";
import type { ActionResult } from "@/lib/action-result";
import { act } from "@/app/_server/run-action";

export async function addResourceAction(input: unknown): Promise<ActionResult> {
  return act(input, resourceSchema, addResource, () => "Resource added to the library.", ["/resources", "/me"]);
}

export async function removeResourceAction(input: unknown): Promise<ActionResult> {
  return act(input, idSchema, removeResource, () => "Resource removed.", ["/resources", "/me"]);
}
