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
      // Registering never signs in; the sign-in form follows.
      await page.waitForURL("**/signin?registered=1");
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill("correct horse battery");
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL("**/progress");
    } else {
      await shoot(page, `register-${tag}`);
      await page.goto(`${base}/signin`);
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill("correct horse battery");
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL("**/progress");
    }
    // The first context meets the first-run home; later ones find the history the first one left.
    await page.getByRole("heading", { name: /new cards are waiting|Mastery by topic/ }).first().waitFor();
    await shoot(page, `home-${tag}`);
    await page.goto(`${base}/practice`);
    await shoot(page, `practice-question-${tag}`);
    await page.keyboard.press("1");
    await page.keyboard.press("Space");
    // An ordering card wants every step placed first; then the shot shows that prompt instead.
    await page.getByRole("group", { name: "Grade your recall" }).waitFor({ timeout: 5_000 }).catch(() => undefined);
    // The viewport as well as the full page: on a phone the grade bar is fixed at its bottom.
    await page.screenshot({ path: `screenshots/practice-answer-viewport-${tag}.png` });
    await shoot(page, `practice-answer-${tag}`);
    if (scheme === "light" && label === "desktop") {
      // Some history: a dozen cards, every third one failed, and an interview date for the plan.
      await page.goto(`${base}/practice`);
      for (let i = 0; i < 12; i++) {
        const card = page.locator("article[data-question-id]");
        await card.waitFor();
        const id = await card.getAttribute("data-question-id");
        const steps = await card.locator("button[aria-pressed]").count();
        for (let s = 1; s <= steps; s++) await page.keyboard.press(String(s));
        if (steps === 0 && (await card.locator("[role=radio], [role=checkbox]").count()) > 0) await page.keyboard.press("1");
        await page.keyboard.press("Space");
        await page.getByRole("button", { name: /^Again\b/ }).waitFor();
        const good = page.getByRole("button", { name: /^Good\b/ });
        await page.keyboard.press(i % 3 === 0 || !(await good.isEnabled()) ? "1" : "3");
        await page.waitForFunction((previous) => document.querySelector("article[data-question-id]")?.getAttribute("data-question-id") !== previous, id);
      }
      await page.goto(`${base}/settings`);
      await page.getByLabel("Interview date (optional)").fill(new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10));
      await page.getByRole("button", { name: "Save settings" }).click();
      await page.getByText("Settings saved.").waitFor();
    }
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
    // A quiz in progress: Home and the new-quiz page lead back to it.
    const quizUrl = page.url();
    await page.goto(`${base}/progress`);
    await page.getByRole("link", { name: "Resume quiz" }).waitFor();
    await shoot(page, `home-resume-${tag}`);
    await page.goto(`${base}/quiz/new`);
    await shoot(page, `quiz-new-resume-${tag}`);
    await page.goto(quizUrl);
    await page.locator("article[data-question-id]").waitFor();
    await page.getByRole("button", { name: "Submit quiz…" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Submit quiz" }).click();
    await page.waitForURL("**/results");
    await shoot(page, `quiz-results-${tag}`);
    await page.locator("[data-result-line]").first().getByRole("button", { expanded: false }).click();
    await shoot(page, `quiz-results-open-${tag}`);
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
