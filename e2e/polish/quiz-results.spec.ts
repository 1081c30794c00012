import { expect, test, type Page } from "@playwright/test";
import { testDb } from "../support/db";
import { register } from "../support/flows";
import { answerQuizQuestion } from "../support/quiz-flows";
import { choicesOf, quizOf, seriousViolations, showsEveryOutcome } from "./helpers";

const lines = (page: Page) => page.locator("[data-result-line]");

/** Picks a choice and waits until the quiz shows it picked: a click that lands before the page has hydrated is lost, so it is made again. */
async function pickChoice(page: Page, choiceId: string) {
  const choice = page.locator(`article[data-question-id] [data-choice-id="${choiceId}"]`);
  await expect(async () => {
    if ((await choice.getAttribute("aria-checked")) !== "true") await choice.click();
    await expect(choice).toHaveAttribute("aria-checked", "true", { timeout: 1_000 });
  }).toPass();
}

async function submitFromLastQuestion(page: Page, quizId: string) {
  await page.getByRole("button", { name: "Submit quiz…" }).click();
  await page.getByRole("dialog", { name: "Submit your quiz?" }).getByRole("button", { name: "Submit quiz" }).click();
  await page.waitForURL(`**/quiz/${quizId}/results`);
}

test("results scan: summary first, self-grade items on top, one collapsed line per question, filters", async ({ page }) => {
  await register(page);
  await page.goto("/quiz/new");
  await page.getByLabel("Questions (5–50)").fill("10");
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page.waitForURL(/\/quiz\/(?!new$)[^/]+$/);
  const quizId = page.url().split("/").at(-1)!;
  await answerQuizQuestion(page);
  await page.keyboard.press("f");
  await page.keyboard.press("ArrowRight");
  await answerQuizQuestion(page);
  await submitFromLastQuestion(page, quizId);

  const items = await testDb.quizQuestion.findMany({ where: { quizId }, include: { question: { include: { topic: true } } }, orderBy: { position: "asc" } });
  await expect(lines(page)).toHaveCount(items.length);
  // Collapsed: no explanation shows until a line is opened.
  await expect(page.getByRole("heading", { name: "Why" })).toHaveCount(0);
  const recall = items.filter((i) => i.question.type === "flashcard").map((i) => i.questionId);
  const order = await lines(page).evaluateAll((els) => els.map((e) => e.getAttribute("data-question-id")));
  expect(order.slice(0, recall.length).sort()).toEqual([...recall].sort());

  // The summary comes before the first question.
  const table = (await page.getByRole("table", { name: "By topic" }).boundingBox())!;
  expect(table.y).toBeLessThan((await lines(page).first().boundingBox())!.y);
  // Topic names as the content spells them (free recall waits for a self-grade, so it is not in the table yet).
  const names = [...new Set(items.filter((i) => i.correct !== null).map((i) => i.question.topic.name))].sort();
  const shown = await page.getByRole("table", { name: "By topic" }).locator("tbody th").evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText));
  expect([...shown].sort()).toEqual(names);

  const first = lines(page).first().locator("button[aria-expanded]");
  await expect(first).toHaveAttribute("aria-expanded", "false");
  await first.click();
  await expect(lines(page).first().getByRole("button", { expanded: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Why" })).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);
  await first.press("Enter");
  await expect(page.getByRole("heading", { name: "Why" })).toHaveCount(0);

  await page.getByRole("button", { name: /^Flagged/ }).click();
  await expect(lines(page)).toHaveCount(1);
  await page.getByRole("button", { name: /^Wrong/ }).click();
  await expect(lines(page)).toHaveCount(items.filter((i) => i.correct === false).length);
  await page.getByRole("button", { name: /^To self-grade/ }).click();
  await expect(lines(page)).toHaveCount(recall.length);
  await page.getByRole("button", { name: /^All/ }).click();
  await expect(lines(page)).toHaveCount(items.length);

  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 375, height: 800 });
  const phoneHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  // With every line open the page is as long as the old one, which showed every question in full.
  const closed = page.locator('[data-result-line] button[aria-expanded="false"]');
  while ((await closed.count()) > 0) await closed.first().click();
  const phoneOpen = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1280, height: 800 });
  const open = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThan(open);
  console.log(`results page height for ${items.length} questions: ${height} px at 1280, ${phoneHeight} px at 375; every line open: ${open} px and ${phoneOpen} px`);
});

test("quiz results say which options you picked and missed, and a wrong verdict can be overruled once, counted as right", async ({ page }) => {
  const email = await register(page);
  const quizId = await quizOf(page, "multi", 5);
  const question = async () => testDb.question.findUniqueOrThrow({ where: { id: (await page.locator("article[data-question-id]").getAttribute("data-question-id"))! } });
  let q1 = await question();
  for (let i = 0; i < 4 && !showsEveryOutcome(choicesOf(q1)); i++) {
    await page.keyboard.press("ArrowRight");
    await expect(page.getByText(`Question ${i + 2} of 5`)).toBeVisible();
    q1 = await question();
  }
  const c1 = choicesOf(q1);
  const wrong = c1.find((c) => !c.correct)!;
  const right = c1.find((c) => c.correct)!;
  await pickChoice(page, wrong.id);
  await pickChoice(page, right.id);
  await expect(page.getByText("✓ All answers saved")).toBeVisible();
  await submitFromLastQuestion(page, quizId);

  await expect(page.getByRole("heading", { name: /^0 of 5 correct/ })).toBeVisible();
  const line = page.locator(`[data-result-line][data-question-id="${q1.id}"]`);
  await line.getByRole("button", { expanded: false }).click();
  for (const choice of c1) {
    const row = line.locator(`[data-choice-id="${choice.id}"]`);
    if (choice.id === wrong.id) await expect(row).toContainText("✗ Your pick, wrong");
    else if (choice.id === right.id) await expect(row).toContainText("✓ Your pick, right");
    else if (choice.correct) await expect(row).toContainText("○ Missed: this one is right");
    else await expect(row).not.toContainText(/Your pick|Missed/);
  }
  const user = await testDb.user.findUniqueOrThrow({ where: { email } });
  const before = await testDb.cardState.findUniqueOrThrow({ where: { userId_questionId: { userId: user.id, questionId: q1.id } } });
  await line.getByRole("button", { name: "I was right: count it" }).click();
  await expect(line.getByText("Overruled: counted as right.")).toBeVisible();
  await expect(page.getByRole("heading", { name: /^1 of 5 correct/ })).toBeVisible();

  const item = await testDb.quizQuestion.findFirstOrThrow({ where: { quizId, questionId: q1.id } });
  expect(item.correct).toBe(true);
  expect(item.overruled).toBe(true);
  const logs = await testDb.reviewLog.findMany({ where: { userId: user.id, questionId: q1.id } });
  expect(logs).toHaveLength(1);
  expect(logs[0]!.rating).toBe(3);
  const after = await testDb.cardState.findUniqueOrThrow({ where: { userId_questionId: { userId: user.id, questionId: q1.id } } });
  expect(after.due.getTime()).toBeGreaterThan(before.due.getTime());
  await page.reload();
  await expect(page.getByRole("heading", { name: /^1 of 5 correct/ })).toBeVisible();
});
