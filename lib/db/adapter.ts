import "server-only";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { lockEmbeddedDatabase } from "@/lib/db/embedded-lock";
import { env } from "@/lib/env";

/** Where the data lives: a PostgreSQL server, or PGlite embedded in this process. */
export type DatabaseTarget = { kind: "server"; url: string } | { kind: "embedded"; dataDir: string };

export function databaseTarget(): DatabaseTarget {
  const { DATABASE_URL, PGLITE_DATA_DIR } = env();
  if (DATABASE_URL) return { kind: "server", url: DATABASE_URL };
  return { kind: "embedded", dataDir: PGLITE_DATA_DIR };
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "embedded") return `embedded PostgreSQL (PGlite) in ${target.dataDir}`;
  const url = new URL(target.url);
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}

export interface OpenAdapter {
  factory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

export function openAdapter(target: DatabaseTarget = databaseTarget()): OpenAdapter {
  if (target.kind === "server") {
    return { factory: new PrismaPg({ connectionString: target.url }), close: async () => {} };
  }
  const dataDir = embeddedDataDir(target.dataDir);
  const release = dataDir.startsWith("memory://") ? () => {} : lockEmbeddedDatabase(dataDir);
  const pglite = new PGlite(dataDir);
  return {
    factory: new PrismaPGlite(pglite),
    close: async () => {
      try {
        await pglite.close();
      } finally {
        release();
      }
    },
  };
}

function embeddedDataDir(dataDir: string): string {
  if (dataDir.startsWith("memory://")) return dataDir;
  const absolute = resolve(dataDir);
  // PGlite creates the folder itself but not its parent.
  mkdirSync(dirname(absolute), { recursive: true });
  return absolute;
}
