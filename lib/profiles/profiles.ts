import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { ProfileInput, ProfileUpdate } from "@/lib/profiles/schemas";

export async function getOwnProfile(actor: Actor) {
  requirePermission(actor, "own-profile:write");
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: {
      name: true,
      email: true,
      title: true,
      level: true,
      location: true,
      timeZone: true,
      hireDate: true,
      department: { select: { name: true } },
      manager: { select: { name: true } },
      profile: true,
    },
  });
  return user;
}

/** The form's starting values: lists are edited as comma-separated text. */
export function profileFormValues(profile: Awaited<ReturnType<typeof getOwnProfile>>["profile"]): ProfileInput {
  return {
    headline: profile?.headline ?? "",
    bio: profile?.bio ?? "",
    yearsExperience: profile?.yearsExperience?.toString() ?? "",
    skillsOffered: profile?.skillsOffered.join(", ") ?? "",
    skillsWanted: profile?.skillsWanted.join(", ") ?? "",
    interests: profile?.interests.join(", ") ?? "",
    languages: profile?.languages.join(", ") ?? "",
    goalReasons: profile?.goalReasons ?? [],
    availability: profile?.availability ?? [],
    learningStyle: profile?.learningStyle ?? "",
    generation: profile?.generation ?? "",
    sensitiveMatchingConsent: profile?.sensitiveMatchingConsent ?? false,
  };
}

export async function updateOwnProfile(actor: Actor, update: ProfileUpdate): Promise<void> {
  requirePermission(actor, "own-profile:write");
  // Without consent the sensitive answer is not kept at all, not merely hidden.
  const data = { ...update, generation: update.sensitiveMatchingConsent ? update.generation : null };
  await db.profile.upsert({ where: { userId: actor.id }, create: { userId: actor.id, ...data }, update: data });
}
