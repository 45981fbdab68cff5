"use server";

import type { ActionResult } from "@/lib/action-result";
import { formatDate } from "@/lib/format";
import { sponsorNotYetSchema, sponsorSignOffSchema } from "@/lib/programs/blueprint-schemas";
import { sayNotYet } from "@/lib/programs/sponsor/say-not-yet";
import { signOffProgramme } from "@/lib/programs/sponsor/sign-off-programme";
import { act } from "@/app/_server/run-action";

const revalidate = ["/me/sign-off", "/programs"];

export async function signOffProgrammeAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    sponsorSignOffSchema,
    signOffProgramme,
    (r) =>
      r.already
        ? `You already signed this programme off on ${formatDate(r.signedOffAt)}.`
        : "Signed off. The programme office has been told.",
    revalidate,
  );
}

export async function sayNotYetAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    sponsorNotYetSchema,
    sayNotYet,
    () => "Your comment has gone to the programme office. They will ask you again once they have made changes.",
    revalidate,
  );
}
