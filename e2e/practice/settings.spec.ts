import { expect, test } from "@playwright/test";
import { testDb } from "../support/db";
import { answerAndGradeWithKeyboard, register } from "../support/flows";

test("the daily new-card limit is changed in settings and the session stops there", async ({ page }) => {
  const email = await register(page);
  const user = await testDb.user.findUniqueOrThrow({ where: { email } });
  // The browser's own zone was stored at registration (Playwright's Chromium reports its host's).
  expect(user.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);

  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByLabel("New cards per day").fill("-3");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("The new-card limit cannot be negative.")).toBeVisible();
  expect((await testDb.user.findUniqueOrThrow({ where: { email } })).newCardsPerDay).toBe(20);

  await page.getByLabel("New cards per day").fill("2");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  expect((await testDb.user.findUniqueOrThrow({ where: { email } })).newCardsPerDay).toBe(2);

  await page.goto("/practice");
  await answerAndGradeWithKeyboard(page);
  await answerAndGradeWithKeyboard(page);
  await expect(page.getByRole("heading", { name: "Session complete" })).toBeVisible();
  await expect(page.getByText("You have reached today's new-card limit.")).toBeVisible();
  await expect(page.getByText(/Your next card is due/)).toBeVisible();
  await expect(page.getByRole("definition").first()).toHaveText("2");
});
