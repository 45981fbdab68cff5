// npm run db:seed: writes the Northwind Labs demo organisation (idempotent).
import "./load-env";
import { describeTarget, databaseTarget } from "@/lib/db/adapter";
import { db, disconnectDb } from "@/lib/db/client";
import { demoSignIns } from "@/lib/db/seed/org-chart";
import { seedDemoOrganisation } from "@/lib/db/seed/seed-demo";
import { printSignIns } from "./print-sign-ins";
import { runScript } from "./run-script";

runScript(async () => {
  try {
    const summary = await seedDemoOrganisation(db);
    console.log(
      `Seeded ${describeTarget(databaseTarget())}: ${summary.people} people, ${summary.programs} programmes, ${summary.matches} matches, ${summary.sessions} sessions.`,
    );
    printSignIns(demoSignIns);
  } finally {
    await disconnectDb();
  }
});
