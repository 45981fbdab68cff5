import "server-only";
import { databaseTarget, openAdapter, type OpenAdapter } from "@/lib/db/adapter";
import { PrismaClient } from "@/lib/db/generated/client";

type Connection = { prisma: PrismaClient; adapter: OpenAdapter };

// One client per process; kept on globalThis so hot reload in development does not open a second
// PGlite on the same folder.
const holder = globalThis as typeof globalThis & { __pairwiseDb?: Connection };

function connect(): Connection {
  const adapter = openAdapter(databaseTarget());
  return { prisma: new PrismaClient({ adapter: adapter.factory }), adapter };
}

export function getDb(): PrismaClient {
  holder.__pairwiseDb ??= connect();
  return holder.__pairwiseDb.prisma;
}

/** The single Prisma client. Created on first use, so importing this module opens nothing. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/** The adapter under the shared client, for running migrations on the very same database. */
export function getDbAdapterFactory() {
  holder.__pairwiseDb ??= connect();
  return holder.__pairwiseDb.adapter.factory;
}

export async function disconnectDb(): Promise<void> {
  const connection = holder.__pairwiseDb;
  if (!connection) return;
  holder.__pairwiseDb = undefined;
  await connection.prisma.$disconnect();
  await connection.adapter.close();
}

export type { PrismaClient };
