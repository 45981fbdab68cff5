import "server-only";
import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { stripControlCharacters } from "@/lib/http/control-characters";
import { fieldErrorsOf, unexpectedFailure, type ActionResult } from "@/lib/action-result";
import { withRequestAddress } from "@/lib/audit/request-address";
import { requestAddressIfAny } from "@/app/_server/client-address";
import { getActor } from "@/app/_server/session";
import { deliverOutbox } from "@/lib/notifications/deliver";

/** Every page that shows a pair's or a circle's work: theirs, the office's, check-ins and the figures. */
export const pairWorkPages = ["/me/mentoring", "/programs", "/check-ins", "/evaluation", "/dashboard"];

interface ActionSpec<Schema extends z.ZodType, Output, Who> {
  schema: Schema;
  input: unknown;
  run: (actor: Who, input: z.output<Schema>) => Promise<Output>;
  success: (output: Output) => string;
  revalidate?: string[];
}

/**
 * The shape of every server action: authenticate, parse with the shared schema, call one lib
 * function (which checks the permission), map its result, revalidate.
 */
export async function runAction<Schema extends z.ZodType, Output>(
  spec: ActionSpec<Schema, Output, Actor>,
): Promise<ActionResult<Output>> {
  const actor = await getActor().catch((error: unknown) => {
    unstable_rethrow(error);
    console.warn(`Pairwise could not read the session: ${(error as Error).message}`);
    return undefined;
  });
  if (actor === undefined) return unexpectedFailure;
  if (!actor) return { ok: false, status: 401, message: "Your session has ended. Sign in again to continue." };
  return runParsed(spec, actor);
}

/**
 * runAction said in one line: the action's input, the shared schema, the lib verb, what to say
 * on success and the pages to refresh.
 */
export async function act<Schema extends z.ZodType, Output>(
  input: unknown,
  schema: Schema,
  run: (actor: Actor, input: z.output<Schema>) => Promise<Output>,
  success: (output: Output) => string,
  revalidate?: string[],
): Promise<ActionResult<Output>> {
  return runAction({ schema, input, run, success, revalidate });
}

/** For the few actions a signed-out person may call (choosing a password from a reset link). */
export async function runPublicAction<Schema extends z.ZodType, Output>(
  spec: ActionSpec<Schema, Output, null>,
): Promise<ActionResult<Output>> {
  return runParsed(spec, null);
}

async function runParsed<Schema extends z.ZodType, Output, Who>(
  spec: ActionSpec<Schema, Output, Who>,
  actor: Who,
): Promise<ActionResult<Output>> {
  const parsed = spec.schema.safeParse(stripControlCharacters(spec.input));
  if (!parsed.success) {
    return { ok: false, status: 422, message: "Some fields need attention.", fieldErrors: fieldErrorsOf(parsed.error) };
  }
  try {
    const address = await requestAddressIfAny();
    const output = await withRequestAddress(address, () => spec.run(actor, parsed.data));
    // "layout" also refreshes every page below the path, such as /matching/<programme>.
    for (const path of spec.revalidate ?? []) revalidatePath(path, "layout");
    // Whatever the action queued goes out now, without making the person wait for the mail server.
    void deliverOutbox().catch(() => {});
    return { ok: true, message: spec.success(output), data: output };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof AppError) {
      return { ok: false, status: error.status, message: error.message, fieldErrors: error.fieldErrors };
    }
    // The person did nothing wrong (database down, a bug): say so, keep their input, log the cause.
    console.warn(`Pairwise action failed: ${(error as Error).stack ?? String(error)}`);
    return unexpectedFailure;
  }
}
