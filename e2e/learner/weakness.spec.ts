import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { seedHistory } from "../../tests/support/history";
import { testDb } from "../support/db";
import { answerAndGradeWithKeyboard, currentQuestionId, register } from "../support/flows";

const strong = (topicId: string) => ({ topicId, cards: 10, stability: 120, daysSinceReview: 1 });

/** Reveals the card on screen and grades it Again from the keyboard; returns its question id. */
async function failCard(page: Page): Promise<string> {
  const card = page.locator("article[data-question-id]");
  await expect(card).toBeVisible();
  const id = await currentQuestionId(page);
  const stepCount = await card.locator("button[aria-pressed]").count();
  if (stepCount > 0) {
    // Steps are never shown in the answer's order, so placing them as shown is wrong.
    for (let i = 1; i <= stepCount; i++) await page.keyboard.press(String(i));
  } else if ((await card.locator("[role=radio], [role=checkbox]").count()) > 0) {
    await page.keyboard.press("1");
  }
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: /^Again\b/ })).toBeVisible();
  await page.keyboard.press("1");
  await expect.poll(() => currentQuestionId(page)).not.toBe(id);
  return id;
}

test("a brand-new user sees the first-run home: the new cards and one button", async ({ page }) => {
  await register(page);
  await expect(page.getByRole("heading", { name: "20 new cards are waiting" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Start with 20 new cards" })).toBeVisible();
  // No verdicts before any answer: no weakest topic, no mastery scores.
  await expect(page.getByText("Where you are weakest")).toHaveCount(0);
  await expect(page.getByRole("img", { name: /mastery \d+ out of 100/ })).toHaveCount(0);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await page.getByRole("link", { name: "Start with 20 new cards" }).click();
  await page.waitForURL("**/practice");
  await expect(page.locator("article[data-question-id]")).toBeVisible();
});

test("three Security cards failed in practice lead the weakest questions, and the drill serves them first", async ({ page }) => {
  const email = await register(page);
  const user = await testDb.user.findUniqueOrThrow({ where: { email } });
  await seedHistory(testDb, user.id, ["apis", "databases", "http", "security", "dsa", "architecture"].map(strong));

  await page.goto("/practice?topic=security");
  const failed: string[] = [];
  for (let i = 0; i < 3; i++) failed.push(await failCard(page));

  await page.goto("/progress");
  await expect(page.getByTestId("weakest-topic")).toContainText("Security");
  const weakestLinks = page.getByRole("region", { name: "Your weakest questions" }).getByRole("link");
  await expect(weakestLinks.first()).toBeVisible();
  const listed = await weakestLinks.evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute("href")));
  expect(new Set(listed)).toEqual(new Set(failed.map((id) => `/questions/${id}`)));

  await page.getByRole("link", { name: "Drill my weakest topic" }).click();
  await page.waitForURL("**/drill?topic=security");
  // The most recent failure first.
  await expect.poll(() => currentQuestionId(page)).toBe(failed[2]);
});

test("a wrong option picked twice shows under \"What you keep getting wrong\", with why it is wrong", async ({ page }) => {
  const email = await register(page);
  const user = await testDb.user.findUniqueOrThrow({ where: { email } });
  await page.goto("/practice");
  // Move on until a single-choice question is on screen.
  let question = null;
  for (let i = 0; i < 20 && !question; i++) {
    const shown = await testDb.question.findUniqueOrThrow({ where: { id: await currentQuestionId(page) } });
    if (shown.type === "single") question = shown;
    else await answerAndGradeWithKeyboard(page);
  }
  if (!question) throw new Error("no single-choice question in the first 20 cards");
  const wrong = (JSON.parse(question.choices!) as { text: string; correct: boolean; why: string | null }[]).findIndex((c) => !c.correct);
  const wrongId = String.fromCharCode(97 + wrong);

  for (let time = 0; time < 2; time++) {
    await expect.poll(() => currentQuestionId(page)).toBe(question.id);
    await page.locator(`[data-choice-id="${wrongId}"]`).click();
    await page.getByRole("button", { name: /Check answer/ }).click();
    await expect(page.getByText("✗ your pick")).toBeVisible();
    await page.keyboard.press("1");
    await expect.poll(() => currentQuestionId(page)).not.toBe(question.id);
    // Bring the failed card back at once instead of after its one-minute learning step.
    await testDb.cardState.update({ where: { userId_questionId: { userId: user.id, questionId: question.id } }, data: { due: new Date(Date.now() - 60_000) } });
    await page.goto("/practice");
  }

  await page.goto("/progress");
  const panel = page.getByRole("region", { name: "What you keep getting wrong" });
  const item = panel.getByTestId("misconception");
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("2 times");
  await expect(item.getByRole("link")).toHaveAttribute("href", `/questions/${question.id}`);
  await panel.getByRole("link", { name: "Drill my misconceptions" }).click();
  await page.waitForURL("**/drill?focus=misconceptions");
  await expect.poll(() => currentQuestionId(page)).toBe(question.id);
});
