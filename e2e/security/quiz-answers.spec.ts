import { expect, test } from "@playwright/test";
import { testDb } from "../support/db";
import { register } from "../support/flows";

test("while a quiz runs, its questions' pages show the prompt but not the answer; afterwards they show it again", async ({ page }) => {
  const email = await register(page);
  const started = await page.request.post("/api/quizzes", { data: { topicIds: ["databases"], count: 20 } });
  expect(started.status()).toBe(200);
  const { id: quizId } = (await started.json()) as { id: string };
  const item = await testDb.quizQuestion.findFirstOrThrow({ where: { quizId, question: { type: "single" } } });
  const answerHeading = page.getByRole("heading", { name: "Answer", exact: true });

  await page.goto(`/questions/${item.questionId}`);
  await expect(page.getByText("This question is in the quiz you are taking.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(answerHeading).toHaveCount(0);
  await expect(page.getByText("✓ correct")).toHaveCount(0);
  expect(await page.locator("main").innerHTML()).not.toContain("border-good");

  // A question outside the quiz still shows its answer.
  const outside = await testDb.question.findFirstOrThrow({ where: { retiredAt: null, type: "single", quizItems: { none: { quizId } } } });
  await page.goto(`/questions/${outside.id}`);
  await expect(answerHeading).toBeVisible();

  expect((await page.request.post(`/api/quizzes/${quizId}/submit`, { data: {} })).status()).toBe(200);
  await page.goto(`/questions/${item.questionId}`);
  await expect(answerHeading).toBeVisible();
  await expect(page.getByText("✓ correct")).toBeVisible();
  expect(await testDb.user.count({ where: { email } })).toBe(1);
});
