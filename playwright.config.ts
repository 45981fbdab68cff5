import { defineConfig } from "@playwright/test";

// Two copies of the app, each on a fresh embedded database of its own, each with one worker:
// the journeys change the demo data, so two of them must never share a database at once.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
const secondPort = port + 2;
const secondBaseURL = `http://localhost:${secondPort}`;
// A real OpenID Connect provider (tests/support/oidc-provider.mjs) that the app's single sign-on uses.
const oidcPort = port + 1;
const oidcIssuer = `http://127.0.0.1:${oidcPort}`;
const singleSignOn = [
  `OIDC_ISSUER=${oidcIssuer}`,
  "OIDC_CLIENT_ID=pairwise-e2e",
  "OIDC_CLIENT_SECRET=pairwise-e2e-client-secret-not-for-production",
  "OIDC_DISPLAY_NAME='Northwind ID'",
  "OIDC_ALLOWED_DOMAINS=northwind.example",
].join(" ");

// The journeys that run on the first copy; every other spec runs on the second. Chosen so both
// take about as long (the first copy also builds the app). Single sign-on stays here: the test
// provider knows only this copy's callback address.
const firstCopySpecs = [
  "hub-and-phones.spec.ts",
  "surveys.spec.ts",
  "single-sign-on.spec.ts",
  "matching.spec.ts",
  "program-enrolment.spec.ts",
  "security.spec.ts",
  "sign-in.spec.ts",
];

export default defineConfig({
  testDir: "tests/e2e",
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  reporter: "list",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    viewport: { width: 1360, height: 900 },
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-gpu",
      ],
    },
  },
  projects: [
    { name: "first", testMatch: firstCopySpecs, workers: 1 },
    { name: "second", testIgnore: firstCopySpecs, workers: 1, use: { baseURL: secondBaseURL } },
  ],
  // The production build on a fresh embedded database, exactly what `npm start` gives a newcomer.
  // Web servers start one after another, so the second copy reuses the build the first made.
  webServer: [
    {
      command: `OIDC_TEST_PORT=${oidcPort} OIDC_TEST_REDIRECT_URI=${baseURL}/api/auth/callback/sso node tests/support/oidc-provider.mjs`,
      url: `${oidcIssuer}/.well-known/openid-configuration`,
      timeout: 30_000,
      reuseExistingServer: false,
    },
    {
      command: `rm -rf .data/e2e && PGLITE_DATA_DIR=.data/e2e PORT=${port} NEXTAUTH_URL=${baseURL} ${singleSignOn} npm start`,
      url: `${baseURL}/login`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
    },
    {
      command: `rm -rf .data/e2e-second && PGLITE_DATA_DIR=.data/e2e-second PORT=${secondPort} NEXTAUTH_URL=${secondBaseURL} ${singleSignOn} npm start`,
      url: `${secondBaseURL}/login`,
      timeout: 300_000,
      reuseExistingServer: false,
    },
  ],
});
