import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { GlobalRole } from "@/lib/db/generated/enums";

export const testPassword = "correct horse battery staple";
let passwordHash: Promise<string> | undefined;

/** A person with a unique email, so tests never collide with each other or with demo data. */
export async function createUser(overrides: { role?: GlobalRole; name?: string; email?: string; level?: number } = {}) {
  passwordHash ??= hashPassword(testPassword);
  const id = randomUUID().slice(0, 8);
  return db.user.create({
    data: {
      email: overrides.email ?? `person-${id}@test.example`,
      name: overrides.name ?? `Test Person ${id}`,
      role: overrides.role ?? "EMPLOYEE",
      level: overrides.level ?? 4,
      passwordHash: await passwordHash,
    },
  });
}

export async function createActor(role: GlobalRole): Promise<Actor> {
  const user = await createUser({ role });
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}
