import { z } from "zod";
import { isMandatoryKind, isNotificationKind } from "@/lib/notifications/kinds";
import { choiceKeys } from "@/lib/choices";
import vocabulary from "@/lib/vocabulary/en.json";

export const markReadSchema = z.object({ notificationId: z.string().min(1) });

export const deliveryLabels = vocabulary.notifications.delivery;
export const deliveryOptions = choiceKeys(deliveryLabels);

/** One choice per kind, keyed by kind; kinds that cannot be turned off only accept IMMEDIATELY. */
export const preferencesSchema = z
  .record(z.string(), z.enum(deliveryOptions, "Choose how to receive these."))
  .superRefine((choices, context) => {
    for (const [kind, delivery] of Object.entries(choices)) {
      if (!isNotificationKind(kind)) {
        context.addIssue({ code: "custom", path: [kind], message: "Pairwise sends no notifications of this kind." });
      } else if (isMandatoryKind(kind) && delivery !== "IMMEDIATELY") {
        context.addIssue({
          code: "custom",
          path: [kind],
          message: "These are always e-mailed at once; they cannot be held back.",
        });
      } else if (kind === "WEEKLY_DIGEST" && delivery === "WEEKLY_DIGEST") {
        context.addIssue({
          code: "custom",
          path: [kind],
          message: "The digest cannot go into itself: choose e-mail or inbox only.",
        });
      }
    }
  });

export type PreferencesInput = z.infer<typeof preferencesSchema>;
