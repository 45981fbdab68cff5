import { Prisma } from "@/lib/db/generated/client";

/** Whether the database refused a write because a unique index already holds that value. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
