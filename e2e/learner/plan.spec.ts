import { expect, test, type Page } from "@playwright/test";
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
