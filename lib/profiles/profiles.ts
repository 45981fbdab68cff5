import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { directoryFields } from "@/lib/people/directory-fields";
import { shareableBioFields, type ProfileInput, type ProfileUpdate } from "@/lib/profiles/schemas";
import { recordSkillSuggestions } from "@/lib/profiles/skills";
import { learningStyleSchema, scoreLearningStyle, type LearningStyleResult } from "@/lib/profiles/learning-style";
import type { z } from "zod";
import { chosenTimeZone } from "@/lib/time-zone";

export async function getOwnProfile(actor: Actor) {
  requirePermission(actor, "own-profile:write");
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: {
      ...directoryFields,
      manager: { select: { name: true } },
      profile: true,
    },
  });
  return user;
}

/** The form's starting values: lists are edited as comma-separated text. */
export function profileFormValues(user: Awaited<ReturnType<typeof getOwnProfile>>): ProfileInput {
  const profile = user.profile;
  return {
    headline: profile?.headline ?? "",
    bio: profile?.bio ?? "",
    yearsExperience: profile?.yearsExperience?.toString() ?? "",
    skillsOffered: profile?.skillsOffered.join(", ") ?? "",
    skillsWanted: profile?.skillsWanted.join(", ") ?? "",
    interests: profile?.interests.join(", ") ?? "",
    languages: profile?.languages.join(", ") ?? "",
    goalReasons: profile?.goalReasons ?? [],
    goalsText: profile?.goalsText ?? "",
    availability: profile?.availability ?? [],
    learningStyle: profile?.learningStyle ?? "",
    generation: profile?.generation ?? "",
    sensitiveMatchingConsent: profile?.sensitiveMatchingConsent ?? false,
    gender: profile?.gender ?? "",
    ethnicity: profile?.ethnicity ?? "",
    diversityPreferences: (profile?.diversityPreferences as ProfileInput["diversityPreferences"]) ?? [],
    meetingFormat: (profile?.meetingFormat as ProfileInput["meetingFormat"]) ?? "EITHER",
    sharedWithMentees: (profile?.sharedWithMentees as ProfileInput["sharedWithMentees"]) ?? [...shareableBioFields],
    location: user.location ?? "",
    timeZone: chosenTimeZone({ timeZone: user.timeZone, hasProfile: profile !== null }),
  };
}

export async function updateOwnProfile(actor: Actor, update: ProfileUpdate): Promise<void> {
  requirePermission(actor, "own-profile:write");
  // Without consent the sensitive answer is not kept at all, not merely hidden.
  const { location, timeZone, ...profile } = update;
  const consent = update.sensitiveMatchingConsent;
  const data = {
    ...profile,
    generation: consent ? update.generation : null,
    gender: consent ? update.gender : null,
    ethnicity: consent ? update.ethnicity : null,
    diversityPreferences: consent ? update.diversityPreferences : [],
  };
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { location: location || null, timeZone } });
    await tx.profile.upsert({ where: { userId: actor.id }, create: { userId: actor.id, ...data }, update: data });
    await recordSkillSuggestions([...data.skillsOffered, ...data.skillsWanted], tx);
  });
}

/** Stores the questionnaire's answers and the style they point to. */
export async function saveLearningStyle(
  actor: Actor,
  answers: z.output<typeof learningStyleSchema>,
): Promise<{ style: LearningStyleResult }> {
  requirePermission(actor, "own-profile:write");
  const style = scoreLearningStyle(answers);
  await db.profile.upsert({
    where: { userId: actor.id },
    create: { userId: actor.id, learningStyle: style, learningStyleAnswers: answers },
    update: { learningStyle: style, learningStyleAnswers: answers },
  });
  return { style };
}
