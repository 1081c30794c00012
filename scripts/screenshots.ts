// Takes screenshots of each page (light and dark, desktop and 375 px) into screenshots/ for a human look.
// Usage: BASE_URL=http://127.0.0.1:3000 npx tsx scripts/screenshots.ts
import { execSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { chromium, type Page } from "@playwright/test";

const base = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const executablePath = process.env.CHROMIUM_PATH ?? execSync("command -v chromium", { encoding: "utf8" }).trim();
mkdirSync("screenshots", { recursive: true });

const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
const email = `shots-${Date.now()}@example.com`;

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
}

for (const scheme of ["light", "dark"] as const) {
  for (const [label, viewport] of [["desktop", { width: 1280, height: 800 }], ["mobile", { width: 375, height: 740 }]] as const) {
    const context = await browser.newContext({ colorScheme: scheme, viewport });
    const page = await context.newPage();
    const tag = `${scheme}-${label}`;
    await page.goto(`${base}/`);
    await shoot(page, `landing-${tag}`);
    await page.goto(`${base}/register`);
    if (scheme === "light" && label === "desktop") {
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill("correct horse battery");
      await page.getByRole("button", { name: "Create account" }).click();
      await page.waitForURL("**/progress");
    } else {
      await shoot(page, `register-${tag}`);
      await page.goto(`${base}/signin`);
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill("correct horse battery");
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL("**/progress");
    }
    await page.getByRole("heading", { name: "Mastery by topic" }).waitFor();
    await shoot(page, `home-${tag}`);
    await page.goto(`${base}/practice`);
    await shoot(page, `practice-question-${tag}`);
    await page.keyboard.press("1");
    await page.keyboard.press("Space");
    await shoot(page, `practice-answer-${tag}`);
    await page.goto(`${base}/settings`);
    await shoot(page, `settings-${tag}`);
    await page.goto(`${base}/quiz/new`);
    await shoot(page, `quiz-new-${tag}`);
    await page.getByLabel("Questions (5–50)").fill("5");
    await page.getByRole("button", { name: "Start quiz" }).click();
    await page.waitForURL(/\/quiz\/(?!new$)[^/]+$/);
    await page.locator("article[data-question-id]").waitFor();
    await page.keyboard.press("1");
    await page.keyboard.press("f");
    await shoot(page, `quiz-take-${tag}`);
    await page.getByRole("button", { name: "Submit quiz…" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Submit quiz" }).click();
    await page.waitForURL("**/results");
    await shoot(page, `quiz-results-${tag}`);
    await page.goto(`${base}/quiz`);
    await shoot(page, `quiz-history-${tag}`);
    await page.goto(`${base}/progress`);
    await page.getByRole("heading", { name: "Mastery by topic" }).waitFor();
    await shoot(page, `dashboard-${tag}`);
    await page.goto(`${base}/drill`);
    await page.getByText(/^Drill/).first().waitFor();
    await shoot(page, `drill-${tag}`);
    await context.close();
  }
}
await browser.close();
console.log("screenshots written to screenshots/");
