import { expect, type Page } from "@playwright/test";
import { testDb } from "./db";

export const article = (page: Page) => page.locator("article[data-question-id]");

/** Answers the question on screen from the keyboard (typing for free recall); returns its id. */
export async function answerQuizQuestion(page: Page): Promise<string> {
  const card = article(page);
  await expect(card).toBeVisible();
  const id = (await card.getAttribute("data-question-id")) ?? "";
  const steps = await card.locator("fieldset button[aria-pressed]").count();
  const textarea = card.locator("textarea");
  if (steps > 0) {
    for (let i = 1; i <= steps; i++) await page.keyboard.press(String(i));
  } else if (await textarea.count()) {
    await textarea.fill("It depends on the trade-offs; here is what I remember.");
    await card.getByRole("heading").first().focus();
  } else {
    await page.keyboard.press("1");
  }
  await expect(page.getByText("✓ All answers saved")).toBeVisible();
  // Saved means saved: the server's copy holds an answer for this question.
  const quizId = new URL(page.url()).pathname.split("/").at(-1)!;
  await expect
    .poll(async () => (await testDb.quizQuestion.findFirst({ where: { quizId, questionId: id } }))?.answer ?? null)
    .not.toBeNull();
  return id;
}

export async function secondsOnClock(page: Page): Promise<number> {
  const text = (await page.getByRole("timer").textContent()) ?? "";
  const match = /(\d+):(\d{2})/.exec(text);
  if (!match) throw new Error(`no clock in "${text}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}
