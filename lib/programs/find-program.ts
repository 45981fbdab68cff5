import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";

type Client = Prisma.TransactionClient | typeof db;

/** One programme, by id or enrolment slug, with the fields asked for; one that does not exist is NOT_FOUND. */
export async function findProgram<Select extends Prisma.ProgramSelect>(
  where: Prisma.ProgramWhereUniqueInput,
  select: Select,
  client: Client = db,
): Promise<Prisma.ProgramGetPayload<{ select: Select }>> {
  const program = await client.program.findUnique({ where, select });
  if (!program) throw new AppError("NOT_FOUND", "That programme does not exist.");
  return program;
}

/** A programme whose blueprint and sponsor can still change: a closed one is duplicated to plan the next instead. */
export async function findPlannableProgram(programId: string, client: Client = db) {
  const program = await findProgram({ id: programId }, { name: true, status: true }, client);
  if (program.status === "CLOSED") throw new AppError("CONFLICT", "This programme is closed; duplicate it to plan the next one.");
  return program;
}
