import { execSync } from "node:child_process";
import { defineConfig, devices } from "@playwright/test";
import { E2E_DATABASE_URL, E2E_ON_POSTGRES, E2E_PORT, E2E_SMTP_PORT } from "./e2e/support/env";

/** Debian's Chromium: Playwright's own browser download cannot run on these machines. */
function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync("command -v chromium || command -v chromium-browser", { encoding: "utf8", shell: "/bin/sh" }).trim();
  } catch {
    throw new Error("Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH.");
  }
}

export default defineConfig({
  testDir: "e2e",
  // The crash test kills its own SQLite-backed server; it says nothing new when the suite runs on PostgreSQL.
  testIgnore: E2E_ON_POSTGRES ? ["**/reliability/**"] : ["**/multi-instance/**"],
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    trace: "on-first-retry",
    launchOptions: {
      executablePath: chromiumPath(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "node e2e/support/serve.mjs",
    url: `http://127.0.0.1:${E2E_PORT}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    // Mail goes to the SMTP server that e2e/auth/password-reset.spec.ts starts on E2E_SMTP_PORT.
    env: { DATABASE_URL: E2E_DATABASE_URL, PORT: String(E2E_PORT), SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`, MAIL_FROM: "Trainer <trainer@example.test>" },
  },
});
