"use server";

import { addResource, removeResource } from "@/lib/resources/resources";
import { resourceSchema } from "@/lib/resources/schemas";
import { idSchema } from "@/lib/programs/schemas";
import type { ActionResult } from "@/lib/action-result";
import { runAction } from "@/app/_server/run-action";

export async function addResourceAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: resourceSchema,
    input,
    run: addResource,
    success: () => "Resource added to the library.",
    revalidate: ["/resources", "/me"],
  });
}

export async function removeResourceAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: idSchema,
    input,
    run: removeResource,
    success: () => "Resource removed.",
    revalidate: ["/resources", "/me"],
  });
}
