import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { fieldErrorsOf, type ActionResult } from "@/lib/action-result";
import { getActor } from "@/app/_server/session";
import { deliverOutbox } from "@/lib/notifications/deliver";

interface ActionSpec<Schema extends z.ZodType, Output> {
  schema: Schema;
  input: unknown;
  run: (actor: Actor, input: z.output<Schema>) => Promise<Output>;
  success: (output: Output) => string;
  revalidate?: string[];
}

/**
 * The shape of every server action: authenticate, parse with the shared schema, call one lib
 * function (which checks the permission), map its result, revalidate.
 */
export async function runAction<Schema extends z.ZodType, Output>(spec: ActionSpec<Schema, Output>): Promise<ActionResult<Output>> {
  const actor = await getActor();
  if (!actor) return { ok: false, status: 401, message: "Your session has ended. Sign in again to continue." };
  const parsed = spec.schema.safeParse(spec.input);
  if (!parsed.success) {
    return { ok: false, status: 422, message: "Some fields need attention.", fieldErrors: fieldErrorsOf(parsed.error) };
  }
  try {
    const output = await spec.run(actor, parsed.data);
    // "layout" also refreshes every page below the path, such as /matching/<programme>.
    for (const path of spec.revalidate ?? []) revalidatePath(path, "layout");
    // Whatever the action queued goes out now, without making the person wait for the mail server.
    void deliverOutbox().catch(() => {});
    return { ok: true, message: spec.success(output), data: output };
  } catch (error) {
    if (error instanceof AppError) {
      return { ok: false, status: error.status, message: error.message, fieldErrors: error.fieldErrors };
    }
    throw error;
  }
}
