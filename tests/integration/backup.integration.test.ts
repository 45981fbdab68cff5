import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTarget } from "@/lib/db/adapter";
import { backupDatabase } from "@/lib/db/backup/backup";
import { inspectDatabase, restoreDatabase } from "@/lib/db/backup/restore";
import { BackupError } from "@/lib/db/backup/shared";
import { db, disconnectDb, getDbAdapterFactory } from "@/lib/db/client";
import { applyPendingMigrations } from "@/lib/db/migrations";
import { resetEnvForTests } from "@/lib/env";
import { createMatch, createParticipation, createProgram, createUser } from "../factories";
import { fingerprint } from "../support/fingerprint";

// Each round trip points the shared client at a database of its own (a scratch PGlite folder, or a
// scratch database on the TEST_DATABASE_URL server), so the suite's database is never backed up,
// restored over or left changed. Everything happens inside one test, because the suite's
// beforeEach empties whichever database the client points at.

const scratch = mkdtempSync(join(tmpdir(), "pairwise-backup-"));
const original = { DATABASE_URL: process.env.DATABASE_URL, PGLITE_DATA_DIR: process.env.PGLITE_DATA_DIR };

async function pointClientAt(settings: { DATABASE_URL?: string; PGLITE_DATA_DIR?: string }): Promise<void> {
  await disconnectDb();
  for (const key of ["DATABASE_URL", "PGLITE_DATA_DIR"] as const) {
    if (settings[key] === undefined) delete process.env[key];
    else process.env[key] = settings[key];
  }
  resetEnvForTests();
}

afterAll(async () => {
  await pointClientAt(original);
  // Back on the suite's database: an in-memory one is new after the switch, so migrate it again.
  await applyPendingMigrations(getDbAdapterFactory());
  rmSync(scratch, { recursive: true, force: true });
});

/** A small organisation: people, a programme, a live pair with a logged session, an audit entry. */
async function createWorld() {
  const coordinator = await createUser({ role: "COORDINATOR", name: "Örs Ñúñez" });
  const program = await createProgram({ status: "ACTIVE", createdById: coordinator.id });
  const mentor = await createParticipation(program.id, "MENTOR");
  const mentee = await createParticipation(program.id, "MENTEE");
  const pair = await createMatch(program.id, mentor.id, mentee.id);
  await db.mentoringSession.create({
    data: {
      matchId: pair.id,
      occurredAt: new Date("2026-02-03T10:00:00Z"),
      durationMinutes: 45,
      topic: 'First steps; "quotes" and\nnewlines',
    },
  });
  await db.auditEvent.create({
    data: { actorId: coordinator.id, actorName: coordinator.name, action: "program.publish", summary: "Published" },
  });
  return { coordinator, program, pair };
}

/** Changes after the backup that the restore must undo: an edit, a deletion, an addition, a new table. */
async function changeEverything(world: Awaited<ReturnType<typeof createWorld>>) {
  await db.program.update({ where: { id: world.program.id }, data: { name: "Renamed after the backup" } });
  await db.match.delete({ where: { id: world.pair.id } });
  await createUser({ name: "Joined after the backup" });
  await db.$executeRawUnsafe(`CREATE TABLE "NotInTheBackup" (id int)`);
  await db.$executeRawUnsafe(`INSERT INTO "NotInTheBackup" VALUES (1)`);
}

async function expectRefusal(attempt: Promise<unknown>, exitCode: 1 | 2, message: RegExp): Promise<void> {
  const error = await attempt.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BackupError);
  expect((error as BackupError).message).toMatch(message);
  expect((error as BackupError).exitCode).toBe(exitCode);
}

describe("backup and restore of the embedded database", () => {
  it("restores exactly what was backed up, keeps the folder it replaces, and refuses what it should", async () => {
    const folder = join(scratch, "pglite");
    await pointClientAt({ PGLITE_DATA_DIR: folder });
    await applyPendingMigrations(getDbAdapterFactory());
    const world = await createWorld();
    const before = await fingerprint();
    const target = databaseTarget();
    const file = join(scratch, "embedded.tar.gz");

    // While this process has the folder open, a copy could be torn: the backup refuses.
    await expectRefusal(backupDatabase(target, { out: file }), 1, /open in another process/);
    expect(existsSync(file)).toBe(false);

    await disconnectDb();
    const backup = await backupDatabase(target, { out: file });
    expect(backup).toMatchObject({ path: file, kind: "pglite", counts: { users: 3, programmes: 1, pairs: 1, sessions: 1 } });
    expect(backup.bytes).toBeGreaterThan(0);
    await expectRefusal(backupDatabase(target, { out: file }), 2, /already exists/);

    await changeEverything(world);
    const changed = await fingerprint();
    expect(changed).not.toEqual(before);
    await disconnectDb();

    // Bad input changes nothing: no file, the other kind of backup, a file that is no backup.
    const serverDump = join(scratch, "server.dump");
    writeFileSync(serverDump, "PGDMP\u0001\u000e\u0000");
    const text = join(scratch, "notes.txt");
    writeFileSync(text, "not a backup");
    await expectRefusal(restoreDatabase(target, join(scratch, "missing.tar.gz"), { overwrite: true }), 2, /no such backup file/);
    await expectRefusal(restoreDatabase(target, serverDump, { overwrite: true }), 2, /PostgreSQL server backup/);
    await expectRefusal(restoreDatabase(target, text, { overwrite: true }), 2, /not a Pairwise backup/);
    // Data in the way, and no --yes.
    await expectRefusal(restoreDatabase(target, file, { overwrite: false }), 1, /already holds data .*--yes/);
    expect(readdirSync(scratch).filter((name) => name.startsWith("pglite"))).toEqual(["pglite"]);
    expect(await fingerprint()).toEqual(changed);
    await disconnectDb();

    const restored = await restoreDatabase(target, file, { overwrite: true, now: new Date("2026-03-01T12:00:00Z") });
    expect(restored.applied).toEqual([]);
    expect(restored.counts).toMatchObject({ users: 3, programmes: 1, pairs: 1, sessions: 1 });
    expect(restored.previousFolder).toBe(`${folder}.before-restore-20260301T120000Z`);
    expect(await fingerprint()).toEqual(before);

    // The replaced folder is intact: pointing at it shows the changed data.
    await pointClientAt({ PGLITE_DATA_DIR: restored.previousFolder! });
    expect(await fingerprint()).toEqual(changed);
    await disconnectDb();
  });

  it("restores into a folder that does not exist yet", async () => {
    const file = join(scratch, "embedded.tar.gz");
    const folder = join(scratch, "fresh", "pglite");
    await pointClientAt({ PGLITE_DATA_DIR: folder });
    expect(await inspectDatabase(databaseTarget())).toBeNull();
    const restored = await restoreDatabase(databaseTarget(), file, { overwrite: false });
    expect(restored.previousFolder).toBeNull();
    expect(restored.counts).toMatchObject({ users: 3, programmes: 1, pairs: 1, sessions: 1 });
  });
});

const serverUrl = process.env.TEST_DATABASE_URL;

// The suite runs twice in CI, on PostgreSQL (TEST_DATABASE_URL) and on the embedded database; the
// server round trip belongs to the first run and is not declared in the second.
if (serverUrl)
  describe("backup and restore on PostgreSQL", () => {
    const name = `backup_roundtrip_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
    const url = new URL(serverUrl ?? "postgresql://localhost/unused");
    url.pathname = `/${name}`;

    async function onServer(sql: string): Promise<void> {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    }

    beforeAll(() => onServer(`CREATE DATABASE "${name}"`));
    afterAll(async () => {
      await disconnectDb();
      await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    });

    it("restores exactly what was backed up, dropping what came after, and refuses what it should", async () => {
      await pointClientAt({ DATABASE_URL: url.toString() });
      const target = databaseTarget();
      await applyPendingMigrations(getDbAdapterFactory());
      const world = await createWorld();
      const before = await fingerprint();
      const file = join(scratch, "server-backup.dump");

      const backup = await backupDatabase(target, { out: file });
      expect(backup).toMatchObject({ path: file, kind: "pg_dump", counts: { users: 3, programmes: 1, pairs: 1, sessions: 1 } });

      await changeEverything(world);
      const changed = await fingerprint();
      expect(changed).not.toEqual(before);

      const tarball = join(scratch, "looks-embedded.tar.gz");
      writeFileSync(tarball, Buffer.from([0x1f, 0x8b, 0x08, 0x00]));
      const truncated = join(scratch, "truncated.dump");
      writeFileSync(truncated, "PGDMP");
      await expectRefusal(restoreDatabase(target, join(scratch, "missing.dump"), { overwrite: true }), 2, /no such backup file/);
      await expectRefusal(restoreDatabase(target, tarball, { overwrite: true }), 2, /embedded database backup/);
      await expectRefusal(restoreDatabase(target, truncated, { overwrite: true }), 2, /not a backup pg_restore can read/);
      await expectRefusal(restoreDatabase(target, file, { overwrite: false }), 1, /already holds data .*--yes/);
      expect(await fingerprint()).toEqual(changed);

      await disconnectDb();
      const restored = await restoreDatabase(target, file, { overwrite: true });
      expect(restored.applied).toEqual([]);
      expect(restored.counts).toMatchObject({ users: 3, programmes: 1, pairs: 1, sessions: 1 });
      expect(await fingerprint()).toEqual(before);

      // The append-only trigger came back with the table.
      await expect(db.$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    });
  });
