import { expect, test, type Page } from "@playwright/test";
import { default_w } from "ts-fsrs";
import { seedHistory } from "../../tests/support/history";
import { testDb } from "../support/db";
import { practiceReady, register, setInterviewDateInDays } from "../support/flows";

/** Reveals the card on screen and reads the interval its Good button leads to ("12d"). */
async function goodInterval(page: Page): Promise<string> {
  await page.goto("/practice");
  await practiceReady(page);
  const card = page.locator("article[data-question-id]");
  const steps = await card.locator("button[aria-pressed]").count();
  for (let i = 1; i <= steps; i++) await page.keyboard.press(String(i));
  if (steps === 0 && (await card.locator("[role=radio], [role=checkbox]").count()) > 0) await page.keyboard.press("1");
  await page.keyboard.press("Space");
  const good = page.getByRole("button", { name: /^Good\b.*next review in/ });
  await expect(good).toBeVisible();
  return (await good.locator("span.text-xs").innerText()).trim();
}

const toDays = (label: string) => {
  const m = /^([\d.]+)(m|h|d|mo|y)$/.exec(label);
  if (!m) throw new Error(`unexpected interval ${label}`);
  return Number(m[1]) * { m: 1 / 1440, h: 1 / 24, d: 1, mo: 30, y: 365 }[m[2] as "m" | "h" | "d" | "mo" | "y"];
};

test("an interview date brings today's plan to Home", async ({ page }) => {
  await register(page);
  const inThreeWeeks = await setInterviewDateInDays(page, 21);
  await page.goto("/progress");
  const plan = page.getByTestId("plan-today");
  await expect(plan).toContainText(/Today: \d+ reviews? \+ \d+ new, about \d+ min/);
  await expect(plan).toContainText(`Interview on ${inThreeWeeks}`);
});

test("a new desired retention changes the workload estimate and the intervals on the grade buttons", async ({ page }) => {
  const email = await register(page);
  const user = await testDb.user.findUniqueOrThrow({ where: { email } });
  // One card in review, due now.
  await seedHistory(testDb, user.id, [{ topicId: "http", cards: 1, stability: 8, daysSinceReview: 8 }]);
  const before = toDays(await goodInterval(page));

  await page.goto("/settings");
  await expect(page.getByTestId("workload-now")).toContainText("At 90%");
  const estimateBefore = await page.getByTestId("workload-now").innerText();
  await page.getByLabel("Desired retention").fill("0.8");
  await page.getByRole("button", { name: "Save plan" }).click();
  await expect(page.getByText("Study plan saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("workload-now")).toContainText("At 80%");
  expect(await page.getByTestId("workload-now").innerText()).not.toBe(estimateBefore.replace("90%", "80%"));
  expect((await testDb.user.findUniqueOrThrow({ where: { id: user.id } })).desiredRetention).toBe(0.8);

  // Aiming for less recall, the scheduler waits longer before the next review.
  expect(toDays(await goodInterval(page))).toBeGreaterThan(before);
});

test("Refit now runs a fit and says why it kept nothing; the defaults button answers too", async ({ page }) => {
  const email = await register(page);
  await page.goto("/settings");
  await page.getByRole("button", { name: "Refit now" }).click();
  await expect(page.getByText("No new fit: your history is still too short to judge one, or a fit is already running.")).toBeVisible();
  // The fit ran in the server's fit process (its attempt is recorded at the learner's review count, none yet) and let go of its claim.
  const fitState = { fitAttemptReviews: true, fitStartedAt: true, useDefaultParams: true } as const;
  expect(await testDb.user.findUniqueOrThrow({ where: { email }, select: fitState })).toEqual({ fitAttemptReviews: 0, fitStartedAt: null, useDefaultParams: false });

  // With a fitted version in use, going back to the defaults is allowed.
  const user = await testDb.user.findUniqueOrThrow({ where: { email } });
  const fitted = await testDb.fsrsParams.create({
    data: { userId: user.id, version: 1, weights: JSON.stringify(default_w), reviewCount: 400, fittedAt: new Date(), logLoss: 0.3, rmse: 0.05, defaultLogLoss: 0.4, defaultRmse: 0.08 },
  });
  await testDb.user.update({ where: { id: user.id }, data: { fsrsParamsId: fitted.id } });
  await page.reload();
  await page.getByRole("button", { name: "Use the default parameters" }).click();
  await expect(page.getByText("Back to FSRS-6's default parameters.")).toBeVisible();
  expect(await testDb.user.findUniqueOrThrow({ where: { email }, select: { useDefaultParams: true, fsrsParamsId: true } })).toEqual({ useDefaultParams: true, fsrsParamsId: null });
});
