// npm run dev: migrates the database (and seeds the embedded one on its first run) before
// `next dev` starts, the same way `npm start` does.
import "./load-env";
import { demoSignIns } from "@/lib/db/seed/org-chart";
import { prepareDatabase } from "./prepare-database";
import { printSignIns } from "./print-sign-ins";
import { runScript } from "./run-script";

runScript(async () => {
  if (await prepareDatabase()) printSignIns(demoSignIns);
});
