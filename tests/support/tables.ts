import { db } from "@/lib/db/client";

/** The models on the client, by the name a test knows them (`feedbackRound`, `notification`). */
type Model = {
  [K in keyof typeof db]: (typeof db)[K] extends { count: unknown; findMany: unknown } ? K : never;
}[keyof typeof db];

interface Table {
  count: () => Promise<number>;
  findMany: (args: { orderBy: { id: "asc" } }) => Promise<unknown[]>;
}

async function byModel<M extends Model, T>(models: M[], read: (table: Table) => Promise<T>): Promise<Record<M, T>> {
  const entries = await Promise.all(models.map(async (model) => [model, await read(db[model] as unknown as Table)] as const));
  return Object.fromEntries(entries) as Record<M, T>;
}

/**
 * How many rows each of these models holds, by model name: equal before and after means a call
 * added or removed none of them.
 */
export function rowCounts<M extends Model>(...models: M[]): Promise<Record<M, number>> {
  return byModel(models, (table) => table.count());
}

/** Every row of each of these models, in id order: equal before and after means a call wrote none of them. */
export function tableRows<M extends Model>(...models: M[]): Promise<Record<M, unknown[]>> {
  return byModel(models, (table) => table.findMany({ orderBy: { id: "asc" } }));
}
