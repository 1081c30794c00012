import { expect, test, type Page } from "@playwright/test";
import { testDb } from "../support/db";
import { currentQuestionId, register } from "../support/flows";

const card = (page: Page) => page.locator("article[data-question-id]");

test("a grade made offline is kept, the page says so, and it lands exactly once when the connection returns", async ({ page, context }) => {
  const email = await register(page);
  const user = await testDb.user.findUniqueOrThrow({ where: { email } });
  await page.goto("/practice");
  await expect(card(page)).toBeVisible();
  await expect(page.getByRole("button", { name: "Shortcuts ?" })).toBeEnabled();
  const questionId = await currentQuestionId(page);

  // Answer the card (place every step, or pick the first option), then reveal.
  const stepCount = await card(page).locator("button[aria-pressed]").count();
  for (let i = 1; i <= stepCount; i++) await page.keyboard.press(String(i));
  if (stepCount === 0 && (await card(page).locator("[role=radio], [role=checkbox]").count()) > 0) await page.keyboard.press("1");
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: /^Again\b.*next review in/ })).toBeVisible();

  await context.setOffline(true);
  await expect(page.getByRole("status").filter({ hasText: "You are offline." })).toBeVisible();
  await page.keyboard.press("1");
  await expect(page.getByRole("status").filter({ hasText: "Your grade is kept on this device" })).toBeVisible();
  // Still the same card, nothing stored while offline.
  await page.waitForTimeout(1_000);
  expect(await currentQuestionId(page)).toBe(questionId);
  expect(await testDb.reviewLog.count({ where: { userId: user.id } })).toBe(0);

  await context.setOffline(false);
  await expect.poll(() => currentQuestionId(page), { timeout: 15_000 }).not.toBe(questionId);
  await expect(page.getByRole("status").filter({ hasText: "offline" })).toHaveCount(0);
  // Past a retry interval, the grade is there once.
  await page.waitForTimeout(4_000);
  const logs = await testDb.reviewLog.findMany({ where: { userId: user.id } });
  expect(logs.map((l) => [l.questionId, l.rating])).toEqual([[questionId, 1]]);
});

test("a page opened without a connection shows the offline page, which says what to do", async ({ page, context }) => {
  await page.goto("/signin");
  // The worker is installed and controls the page before the connection goes.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await context.setOffline(true);
  await page.goto("/progress");
  await expect(page.getByRole("heading", { name: "You are offline" })).toBeVisible();
  await expect(page.getByText("Check Wi-Fi or mobile data, then reload.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Try again" })).toBeVisible();
  await context.setOffline(false);
  await page.getByRole("link", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});
