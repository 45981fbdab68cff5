// npm run db:migration -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql from
// the difference between the existing migrations and prisma/schema.prisma.
import "./load-env";
import { createMigration } from "@/lib/db/migrations";
import { runScript } from "./run-script";

runScript(async () => {
  const name = process.argv[2];
  if (!name) throw new Error("Name the migration: npm run db:migration -- add_programme_goals");
  const folder = await createMigration(name);
  console.log(folder ? `Wrote ${folder}/migration.sql` : "schema.prisma matches the migrations: nothing to write.");
});
