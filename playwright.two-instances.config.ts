import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// Two instances of one production build behind a round-robin proxy on one PostgreSQL database
// (tests/support/two-instances.ts). Needs TWO_INSTANCES_DATABASE_URL; .ci/run gives it one.
const port = Number(process.env.LB_PORT ?? 3110);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  ...base,
  testDir: "tests/two-instances",
  // Its own folder, so a run beside the main suite never clears the other's artefacts.
  outputDir: "test-results-two-instances",
  retries: 0,
  workers: 1,
  projects: [{ name: "two-instances" }],
  // One journey through two servers and a proxy on a shared machine.
  timeout: 180_000,
  use: { ...base.use, baseURL },
  webServer: {
    command: `LB_PORT=${port} node --import tsx tests/support/two-instances.ts`,
    url: `${baseURL}/login`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
  },
});
