import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** A practice session of only the questions of one type, chosen through the library's own route. */
export async function practiseOnly(page: Page, type: "single" | "multi" | "order" | "flashcard"): Promise<void> {
  const response = await page.request.post("/api/library/practice", { data: { filters: { type } } });
  expect(response.ok()).toBe(true);
  const { id } = (await response.json()) as { id: string };
  await page.goto(`/practice?set=${id}`);
  await expect(page.locator("article[data-question-id]")).toBeVisible();
}

/** A quiz of `count` questions of one type, started through the library's own route; returns its id. */
export async function quizOf(page: Page, type: "single" | "multi" | "order" | "flashcard", count: number): Promise<string> {
  const response = await page.request.post("/api/library/quiz", { data: { filters: { type }, count } });
  expect(response.ok()).toBe(true);
  const { id } = (await response.json()) as { id: string };
  await page.goto(`/quiz/${id}`);
  await expect(page.locator("article[data-question-id]")).toBeVisible();
  return id;
}

/** The question's choices as served (ids are letters in the authored order): which are right. */
export function choicesOf(row: { choices: string | null }): { id: string; correct: boolean }[] {
  return (JSON.parse(row.choices ?? "[]") as { correct: boolean }[]).map((c, i) => ({ id: String.fromCharCode(97 + i), correct: c.correct }));
}

/** A multi-select with a wrong option and at least two right ones, so a pick can be right, wrong and missed at once. */
export function showsEveryOutcome(choices: { correct: boolean }[]): boolean {
  return choices.some((c) => !c.correct) && choices.filter((c) => c.correct).length >= 2;
}

/** axe's serious and critical findings on the page as it stands, as readable lines. */
export const seriousViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
