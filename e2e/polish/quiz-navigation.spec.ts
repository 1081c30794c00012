import { expect, test, type Page } from "@playwright/test";
import { testDb } from "../support/db";
import { register } from "../support/flows";
import { answerQuizQuestion, article, secondsOnClock } from "../support/quiz-flows";
import { quizOf } from "./helpers";

async function startQuiz(page: Page, count: number, minutes: number) {
  await page.goto("/quiz/new");
  await page.getByLabel("Questions (5–50)").fill(String(count));
  await page.getByLabel("Time limit in minutes (1–120)").fill(String(minutes));
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page.waitForURL(/\/quiz\/(?!new$)[^/]+$/);
  return page.url().split("/").at(-1)!;
}

test("Back then Forward shows the answers the server holds and the server's clock", async ({ page }) => {
  await register(page);
  const quizId = await startQuiz(page, 5, 10);
  await answerQuizQuestion(page);
  await page.keyboard.press("Enter");
  await expect(page.getByText("Question 2 of 5")).toBeVisible();
  await answerQuizQuestion(page);
  const before = await secondsOnClock(page);

  await page.goBack();
  await page.waitForURL("**/quiz/new");
  await page.waitForTimeout(4_000);
  await page.goForward();
  await page.waitForURL(`**/quiz/${quizId}`);
  for (const n of [1, 2]) await expect(page.getByRole("button", { name: new RegExp(`^Question ${n}, answered`) })).toBeVisible();
  // The clock counts down from the server's deadline: four seconds away are four seconds gone.
  const deadline = (await testDb.quiz.findUniqueOrThrow({ where: { id: quizId } })).deadline.getTime();
  const after = await secondsOnClock(page);
  expect(after).toBeLessThanOrEqual(before - 3);
  expect(Math.abs(after - (deadline - Date.now()) / 1000)).toBeLessThan(3);

  // Home and Back again, through the app's own links.
  await page.getByRole("link", { name: "Home" }).click();
  await page.waitForURL("**/progress");
  await page.waitForTimeout(2_000);
  await page.goBack();
  await page.waitForURL(`**/quiz/${quizId}`);
  for (const n of [1, 2]) await expect(page.getByRole("button", { name: new RegExp(`^Question ${n}, answered`) })).toBeVisible();
  // The clock ticks once a second, so it may take a tick after the page is back to show the time gone.
  await expect.poll(() => secondsOnClock(page), { timeout: 3_000 }).toBeLessThanOrEqual(after - 1);
});

test("free recall: Ctrl+Enter moves on from the text box, Tab reaches Next before Previous, and the last question never submits on two Enters", async ({ page }) => {
  await register(page);
  const quizId = await quizOf(page, "flashcard", 3);
  const box = article(page).locator("textarea");
  await box.fill("A first answer");
  await box.press("Control+Enter");
  await expect(page.getByText("Question 2 of 3")).toBeVisible();

  await article(page).locator("textarea").fill("A second answer");
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText(/Next/);
  await page.keyboard.press("Shift+Tab");
  await expect(article(page).locator("textarea")).toBeFocused();
  await page.keyboard.press("Meta+Enter");
  await expect(page.getByText("Question 3 of 3")).toBeVisible();

  await article(page).locator("textarea").fill("A third answer");
  await article(page).locator("textarea").press("Control+Enter");
  const dialog = page.getByRole("dialog", { name: "Submit your quiz?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Keep answering" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  expect((await testDb.quiz.findUniqueOrThrow({ where: { id: quizId } })).status).toBe("active");

  // From a choice-free prompt, Enter on the last question opens the dialog, and Enter again only closes it.
  await page.locator("#quiz-prompt").focus();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  expect((await testDb.quiz.findUniqueOrThrow({ where: { id: quizId } })).status).toBe("active");
  await page.getByRole("button", { name: "Finish quiz" }).click();
  await dialog.getByRole("button", { name: "Submit quiz" }).click();
  await page.waitForURL(`**/quiz/${quizId}/results`);
});

test("a quiz in progress: Home offers to resume it, and /quiz/new leads back to it", async ({ page }) => {
  await register(page);
  await page.goto("/quiz/new");
  // The presets draw across the chosen topics; they do not promise that many from each.
  await expect(page.getByText(/10 questions from every topic/)).toHaveCount(0);
  await expect(page.getByText("10 questions across the topics you pick, 10 minutes")).toBeVisible();
  const quizId = await startQuiz(page, 5, 10);
  await answerQuizQuestion(page);

  await page.goto("/progress");
  const resume = page.getByRole("link", { name: /^Resume/ });
  await expect(resume).toBeVisible();
  await expect(page.getByText(/1 of 5 answered/)).toBeVisible();
  await expect(resume).toHaveAttribute("href", `/quiz/${quizId}`);

  await page.goto("/quiz/new");
  await expect(page.getByRole("heading", { name: "You have a quiz in progress" })).toBeVisible();
  await page.getByRole("link", { name: /^Resume/ }).click();
  await page.waitForURL(`**/quiz/${quizId}`);
  await expect(page.getByRole("button", { name: /^Question 1, answered/ })).toBeVisible();
});
