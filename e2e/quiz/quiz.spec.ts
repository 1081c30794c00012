import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { testDb } from "../support/db";
import { register } from "../support/flows";
import { answerQuizQuestion, article, secondsOnClock } from "../support/quiz-flows";

const seriousViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);

async function startFiveQuestionQuiz(page: Page) {
  await page.goto("/quiz/new");
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel("Questions (5–50)").fill("5");
  await expect(page.getByLabel("Time limit in minutes (1–120)")).toHaveValue("5");
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page.waitForURL(/\/quiz\/(?!new$)[^/]+$/);
  return page.url().split("/").at(-1)!;
}

test("a user takes a 5-question quiz from the keyboard, reloads midway with answers and clock intact, and sees results that teach", async ({ page }) => {
  const email = await register(page);
  const quizId = await startFiveQuestionQuiz(page);
  expect(await seriousViolations(page)).toEqual([]);

  const answered: string[] = [];
  for (let i = 0; i < 3; i++) {
    answered.push(await answerQuizQuestion(page));
    await page.keyboard.press("Enter");
    await expect(page.getByText(`Question ${i + 2} of 5`)).toBeVisible();
  }
  const clockBefore = await secondsOnClock(page);
  await page.reload();
  await expect(page.getByText("Question 4 of 5")).toBeVisible();
  for (const n of [1, 2, 3]) await expect(page.getByRole("button", { name: `Question ${n}, answered` })).toBeVisible();
  await expect(page.getByRole("button", { name: "Question 4, unanswered" })).toBeVisible();
  const clockAfter = await secondsOnClock(page);
  expect(clockAfter).toBeLessThanOrEqual(clockBefore);
  expect(clockAfter).toBeGreaterThan(clockBefore - 30);

  // Back to the first question with the arrow keys: its answer is still there.
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowLeft");
  await expect(page.getByText("Question 1 of 5")).toBeVisible();
  await expect(article(page)).toHaveAttribute("data-question-id", answered[0]!);

  await page.getByRole("button", { name: "Question 4, unanswered" }).click();
  await answerQuizQuestion(page);
  await page.keyboard.press("ArrowRight");
  await answerQuizQuestion(page);
  await page.keyboard.press("f");
  await expect(page.getByRole("button", { name: "Question 5, answered, flagged" })).toBeVisible();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Submit your quiz?" });
  await expect(dialog).toBeVisible();
  // Focus starts on "Keep answering"; submitting is a deliberate Tab away.
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Submit quiz" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.waitForURL(`**/quiz/${quizId}/results`);

  const user = await testDb.user.findUniqueOrThrow({ where: { email } });
  const items = await testDb.quizQuestion.findMany({ where: { quizId }, include: { question: true } });
  const scored = items.filter((i) => i.question.type !== "flashcard");
  const correct = scored.filter((i) => i.correct).length;
  await expect(page.getByRole("heading", { name: new RegExp(`^${correct} of ${scored.length} correct`) })).toBeVisible();
  // Each question is one collapsed line; opening one shows why.
  await expect(page.locator("[data-result-line]")).toHaveCount(5);
  await page.locator("[data-result-line]").first().getByRole("button", { expanded: false }).click();
  await expect(page.getByRole("heading", { name: "Why" })).toHaveCount(1);
  expect(await testDb.reviewLog.count({ where: { userId: user.id, source: "quiz" } })).toBe(scored.length);
  expect(await seriousViolations(page)).toEqual([]);

  const recall = items.find((i) => i.question.type === "flashcard");
  if (recall) {
    // Free-recall lines sit at the top of the list; each opens to the model answer and the grade buttons.
    const line = page.locator(`[data-result-line][data-question-id="${recall.questionId}"]`);
    const closed = line.getByRole("button", { expanded: false });
    if (await closed.count()) await closed.click();
    await page.getByRole("group", { name: `Grade your answer to question ${recall.position + 1}` }).getByRole("button", { name: /^Good/ }).click();
    await expect(page.getByText("You graded this Good")).toBeVisible();
    expect(await testDb.reviewLog.count({ where: { userId: user.id, questionId: recall.questionId, source: "quiz" } })).toBe(1);
  }
  await page.goto("/quiz");
  await expect(page.getByRole("heading", { name: /Trend per topic/ })).toBeVisible();
});

test("a quiz whose time runs out submits itself and is scored on what was saved", async ({ page }) => {
  test.setTimeout(150_000);
  const email = await register(page);
  await page.goto("/quiz/new");
  await page.getByLabel("Questions (5–50)").fill("5");
  await page.getByLabel("Time limit in minutes (1–120)").fill("1");
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page.waitForURL(/\/quiz\/(?!new$)[^/]+$/);
  const quizId = page.url().split("/").at(-1)!;
  await answerQuizQuestion(page);

  await page.waitForURL(`**/quiz/${quizId}/results`, { timeout: 90_000 });
  await expect(page.getByText("Time ran out: the quiz was submitted with the answers saved by then.")).toBeVisible();
  const quiz = await testDb.quiz.findUniqueOrThrow({ where: { id: quizId } });
  expect(quiz.status).toBe("expired");
  const user = await testDb.user.findUniqueOrThrow({ where: { email } });
  const answered = await testDb.quizQuestion.findMany({ where: { quizId, answer: { not: null } }, include: { question: true } });
  expect(answered).toHaveLength(1);
  // A saved choice or ordering is graded into the schedule; free recall waits for the learner's own grade.
  const graded = answered[0]!.question.type === "flashcard" ? 0 : 1;
  expect(await testDb.reviewLog.count({ where: { userId: user.id, source: "quiz" } })).toBe(graded);
});

test("a second user cannot open the first user's quiz or its results", async ({ page, browser }) => {
  await register(page);
  const quizId = await startFiveQuestionQuiz(page);

  const other = await browser.newPage();
  await register(other);
  for (const path of [`/quiz/${quizId}`, `/quiz/${quizId}/results`]) {
    const response = await other.goto(path);
    expect(response?.status()).toBe(404);
    await expect(other.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
  const answer = await other.request.put(`/api/quizzes/${quizId}/answers`, { data: { questionId: "x", answer: { text: "x" } } });
  expect(answer.status()).toBe(404);
  await other.close();
});

test("an answer given while offline is kept and saved when the connection returns", async ({ page, context }) => {
  await register(page);
  const quizId = await startFiveQuestionQuiz(page);
  await context.setOffline(true);
  const card = article(page);
  const questionId = (await card.getAttribute("data-question-id"))!;
  const textarea = card.locator("textarea");
  if (await textarea.count()) await textarea.fill("written while offline");
  else {
    const steps = await card.locator("fieldset button[aria-pressed]").count();
    for (let i = 1; i <= Math.max(1, steps); i++) await page.keyboard.press(String(i));
  }
  await expect(page.getByText("Not saved yet, retrying")).toBeVisible();
  await expect(article(page).getByRole("alert")).toContainText("you seem to be offline");
  expect((await testDb.quizQuestion.findFirstOrThrow({ where: { quizId, questionId } })).answer).toBeNull();

  await context.setOffline(false);
  await expect(page.getByText("✓ All answers saved")).toBeVisible({ timeout: 15_000 });
  expect((await testDb.quizQuestion.findFirstOrThrow({ where: { quizId, questionId } })).answer).not.toBeNull();
});
