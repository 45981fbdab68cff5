import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
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

export default defineConfig({
  testDir: "tests/e2e",
  // Two cores: the server takes one, the browser the other.
  workers: 1,
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
  // The production build on a fresh embedded database, exactly what `npm start` gives a newcomer.
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
  ],
});
