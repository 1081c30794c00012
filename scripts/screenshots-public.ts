// Screenshots of the pages a visitor sees before signing in, the reset pages, the offline page and the
// top bar, light and dark at 1280 and 375 px, into screenshots/ for a human look.
// Usage: BASE_URL=http://127.0.0.1:3000 npx tsx scripts/screenshots-public.ts
import { execSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { chromium, type Page } from "@playwright/test";

const base = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const executablePath = process.env.CHROMIUM_PATH ?? execSync("command -v chromium", { encoding: "utf8" }).trim();
mkdirSync("screenshots", { recursive: true });

const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
const email = `public-shots-${Date.now()}@example.com`;
const shoot = (page: Page, name: string) => page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });

for (const scheme of ["light", "dark"] as const) {
  for (const [label, viewport] of [["desktop", { width: 1280, height: 800 }], ["mobile", { width: 375, height: 740 }]] as const) {
    const context = await browser.newContext({ colorScheme: scheme, viewport });
    const page = await context.newPage();
    const tag = `${scheme}-${label}`;
    await page.goto(`${base}/`);
    await shoot(page, `landing-${tag}`);
    await page.getByRole("radio").first().check();
    await page.getByRole("button", { name: /Check answer/ }).click();
    await shoot(page, `landing-revealed-${tag}`);
    await page.getByRole("button", { name: /Again/ }).click();
    await shoot(page, `landing-graded-${tag}`);
    await page.goto(`${base}/signin`);
    await shoot(page, `signin-${tag}`);
    await page.goto(`${base}/forgot-password`);
    await shoot(page, `forgot-${tag}`);
    await page.getByLabel("Email").fill(`someone-${tag}@example.com`);
    await page.getByRole("button", { name: "Send the reset link" }).click();
    await page.getByRole("status").waitFor();
    await shoot(page, `forgot-sent-${tag}`);
    await page.goto(`${base}/reset-password#token=${"x".repeat(43)}`);
    await page.getByLabel("New password").waitFor();
    await shoot(page, `reset-${tag}`);
    await page.getByLabel("New password").fill("lighthouse pebble autumn ferry");
    await page.getByRole("button", { name: "Set the new password" }).click();
    await page.getByRole("alert").filter({ hasText: "expired" }).waitFor();
    await shoot(page, `reset-dead-link-${tag}`);
    await page.goto(`${base}/offline.html`);
    await shoot(page, `offline-${tag}`);
    await page.goto(`${base}/register`);
    await page.getByLabel("Email").fill(`${tag}-${email}`);
    await page.getByLabel("Password").fill("correct horse battery staple");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL("**/signin?registered=1");
    await page.getByLabel("Email").fill(`${tag}-${email}`);
    await page.getByLabel("Password").fill("correct horse battery staple");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL("**/progress");
    await shoot(page, `home-topbar-${tag}`);
    await page.goto(`${base}/practice`);
    await page.locator("article[data-question-id]").waitFor();
    await context.setOffline(true);
    await page.getByText("You are offline.").waitFor();
    await shoot(page, `practice-offline-${tag}`);
    await context.close();
  }
}
await browser.close();
console.log("screenshots written to screenshots/");
