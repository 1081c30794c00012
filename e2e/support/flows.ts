import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { testDb } from "./db";

export const PASSWORD = "correct horse battery staple";

export async function register(page: Page): Promise<string> {
  const email = `e2e-${randomUUID()}@example.com`;
  // Every test registers from 127.0.0.1, past the per-address limit (shown in e2e/security/client-address.spec.ts).
  await testDb.loginThrottle.deleteMany({ where: { key: { startsWith: "register:" } } });
  await page.goto("/register");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  // Registering never signs in (that would tell whether the email was new); the sign-in form follows.
  await page.waitForURL("**/signin?registered=1");
  await signIn(page, email);
  return email;
}

export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  if (!new URL(page.url()).pathname.startsWith("/signin")) await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL("**/progress");
}

/** Sets the interview date in Settings to this many days from today; returns it as YYYY-MM-DD. */
export async function setInterviewDateInDays(page: Page, days: number): Promise<string> {
  await page.goto("/settings");
  const day = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Interview date (optional)").fill(day);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  return day;
}

const card = (page: Page) => page.locator("article[data-question-id]");

/** The question on screen, or "" when none is (the session summary); never waits. */
export const currentQuestionId = (page: Page) =>
  card(page).evaluateAll((els) => els[0]?.getAttribute("data-question-id") ?? "");

/** Answers the card on screen with the keyboard only, then grades it; returns its question id. */
export async function answerAndGradeWithKeyboard(page: Page): Promise<string> {
  await expect(card(page)).toBeVisible();
  const id = await currentQuestionId(page);
  // Only the step buttons carry aria-pressed; a role query for pressed=false would also match "Check answer".
  const steps = card(page).locator('button[aria-pressed="false"]');
  const stepCount = await card(page).locator("button[aria-pressed]").count();
  if (stepCount > 0) {
    for (let i = 1; i <= stepCount; i++) await page.keyboard.press(String(i));
    await expect(steps).toHaveCount(0);
  } else if ((await card(page).locator("[role=radio], [role=checkbox]").count()) > 0) {
    await page.keyboard.press("1");
  }
  await page.keyboard.press("Space");
  const good = page.getByRole("button", { name: /^Good\b.*next review in/ });
  await expect(good).toBeVisible();
  // A wrong pick leaves only Again; a right one or a flashcard allows Good.
  await page.keyboard.press((await good.isEnabled()) ? "3" : "1");
  await expect.poll(() => currentQuestionId(page)).not.toBe(id);
  return id;
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/");
}

/** Waits until the practice page answers keys (it has hydrated): `?` opens the shortcut sheet, Escape closes it. */
export async function practiceReady(page: Page): Promise<void> {
  const sheet = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(page.locator("article[data-question-id]")).toBeVisible();
  await expect(async () => {
    if (!(await sheet.isVisible())) await page.keyboard.press("?");
    await expect(sheet).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
}
