import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Debian's chromium where it is installed (offline machines cannot download Playwright's
// own build); CHROMIUM_PATH overrides; otherwise Playwright's browser (`npx playwright install`).
const systemChromium = process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const port = Number(process.env.E2E_PORT ?? 3100);
// The e2e suite has its own database file, never the user's.
// The spec files read it to run CLI steps against the same database.
export const databaseUrl = `file:./data/${process.env.E2E_DB ?? "e2e"}.db`;
process.env.E2E_DATABASE_URL = databaseUrl;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: systemChromium
      ? {
          executablePath: systemChromium,
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        }
      : undefined,
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `node e2e/reset-db.mjs && npm run --silent db:prepare && npx tsx scripts/serve.ts start`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 120_000,
    // Served as `npm start` serves: on loopback, so uploads from this machine need no token.
    env: { DATABASE_URL: databaseUrl, NODE_ENV: "production", COUNTERCLAIM_HOST: "127.0.0.1", PORT: String(port) },
  },
});
