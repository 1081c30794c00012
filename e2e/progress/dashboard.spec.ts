import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { seedHistory } from "../../tests/support/history";
import { testDb } from "../support/db";
import { answerAndGradeWithKeyboard, register, setInterviewDateInDays } from "../support/flows";

// Ten answered questions each, so every seeded topic counts as started.
const strong = (topicId: string) => ({ topicId, cards: 10, stability: 120, daysSinceReview: 1 });

test("a user with a seeded history sees their weakest topic, drills it, and the dashboard moves", async ({ page }) => {
  const email = await register(page);
  const user = await testDb.user.findUniqueOrThrow({ where: { email } });
  await seedHistory(testDb, user.id, [
    strong("apis"),
    strong("databases"),
    strong("http"),
    strong("dsa"),
    strong("architecture"),
    { topicId: "security", cards: 10, stability: 2, daysSinceReview: 25, lapses: 2 },
  ]);

  await page.goto("/progress");
  await expect(page.getByTestId("weakest-topic")).toContainText("Security");
  const securityBar = page.getByRole("img", { name: /^Security: mastery \d+ out of 100$/ });
  const before = Number(/mastery (\d+)/.exec((await securityBar.getAttribute("aria-label")) ?? "")![1]);
  await expect(page.getByRole("heading", { name: "Your weakest questions" })).toBeVisible();

  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  // Every chart carries a text alternative.
  for (const chart of await page.locator("svg[role=img]").all()) expect(await chart.getAttribute("aria-label")).toBeTruthy();

  await page.getByRole("link", { name: "Drill my weakest topic" }).click();
  await page.waitForURL("**/drill?topic=security");
  await expect(page.getByText(/Drill · Security · 10 weak/)).toBeVisible();
  for (let i = 0; i < 3; i++) await answerAndGradeWithKeyboard(page);

  const drilled = await testDb.reviewLog.findMany({ where: { userId: user.id, source: "drill" }, include: { question: true } });
  expect(drilled).toHaveLength(3);
  expect(drilled.every((log) => log.question.topicId === "security")).toBe(true);

  await page.goto("/progress");
  const after = Number(/mastery (\d+)/.exec((await securityBar.getAttribute("aria-label")) ?? "")![1]);
  // Drilled cards are fresh again, so predicted recall, and with it mastery, went up.
  expect(after).toBeGreaterThan(before);
  // 50 seeded reviews yesterday, 10 older ones within the month, and the 3 drilled now.
  await expect(page.getByText("53 / 63")).toBeVisible();
});

test("the interview date set in settings brings up the forecast, marked as an estimate", async ({ page }) => {
  await register(page);
  // Past the first-run home, which shows only the first step.
  await page.goto("/practice");
  await answerAndGradeWithKeyboard(page);
  const inThreeWeeks = await setInterviewDateInDays(page, 21);
  await page.goto("/progress");
  // The forecast's own sentence (today's plan names the date too).
  await expect(page.getByText(new RegExp(`Interview on ${inThreeWeeks}\\. These are estimates`))).toBeVisible();
  await expect(page.getByRole("table", { name: "Predicted recall per topic on the interview day" })).toBeVisible();
});
