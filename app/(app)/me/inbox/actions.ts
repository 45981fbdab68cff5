"use server";

import type { ActionResult } from "@/lib/action-result";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/mark-read";
import { saveMyPreferences } from "@/lib/notifications/preferences";
import { markReadSchema, preferencesSchema } from "@/lib/notifications/schemas";
import { z } from "zod";
import { act, runAction } from "@/app/_server/run-action";

// The shell's unread count sits in the layout, so every page below / is refreshed.
const revalidate = ["/"];

export async function markReadAction(input: unknown): Promise<ActionResult> {
  return act(input, markReadSchema, markNotificationRead, () => "Marked as read.", revalidate);
}

export async function markAllReadAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: z.object({}),
    input,
    run: (actor) => markAllNotificationsRead(actor),
    success: (count) => (count === 0 ? "Nothing was unread." : `Marked ${count} as read.`),
    revalidate,
  });
}

export async function savePreferencesAction(input: unknown): Promise<ActionResult> {
  return act(input, preferencesSchema, saveMyPreferences, () => "Your e-mail choices are saved.", ["/me/inbox"]);
}
