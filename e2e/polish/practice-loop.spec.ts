import { expect, test, type Page } from "@playwright/test";
import { testDb } from "../support/db";
import { answerAndGradeWithKeyboard, currentQuestionId, register } from "../support/flows";
import { choicesOf, practiseOnly, seriousViolations, showsEveryOutcome } from "./helpers";

const card = (page: Page) => page.locator("article[data-question-id]");
const gradeBar = (page: Page) => page.getByRole("group", { name: "Grade your recall" });
const userOf = (email: string) => testDb.user.findUniqueOrThrow({ where: { email } });

test("Home then Back shows the next card with the server's counters, not a replay", async ({ page }) => {
  const email = await register(page);
  await page.goto("/practice");
  const graded = [await answerAndGradeWithKeyboard(page), await answerAndGradeWithKeyboard(page)];
  await page.getByRole("link", { name: "Home" }).click();
  await page.waitForURL("**/progress");
  await page.goBack();
  await page.waitForURL("**/practice");
  await expect(page.getByText("2 reviewed")).toBeVisible();
  // The restored page asks the server for the next card; until then it shows no card at all.
  await expect(card(page)).toBeVisible();
  const shown = await currentQuestionId(page);
  expect(graded).not.toContain(shown);
  const counts = ((await (await page.request.get("/api/practice/next")).json()) as { counts: { due: number; newAvailable: number } }).counts;
  await expect(page.getByText(`${counts.newAvailable} new`, { exact: true })).toBeVisible();
  await expect(page.getByText(`${counts.due} due`, { exact: true })).toBeVisible();
  await answerAndGradeWithKeyboard(page);
  expect(await testDb.reviewLog.count({ where: { userId: (await userOf(email)).id } })).toBe(3);
});

test("after a mouse pick, Space and Enter check the answer instead of toggling the option", async ({ page }) => {
  await register(page);
  await practiseOnly(page, "multi");
  const first = card(page).getByRole("checkbox").first();
  await first.click();
  await page.keyboard.press("Space");
  await expect(gradeBar(page)).toBeVisible();
  await expect(first).toHaveAttribute("aria-checked", "true");

  await practiseOnly(page, "single");
  const option = card(page).getByRole("radio").first();
  await option.click();
  await page.keyboard.press("Enter");
  await expect(gradeBar(page)).toBeVisible();
  await expect(option).toHaveAttribute("aria-checked", "true");
});

test("multi-select feedback names your right picks, your wrong picks and the ones you missed; a wrong verdict can be overruled", async ({ page }) => {
  const email = await register(page);
  await practiseOnly(page, "multi");
  let questionId = await currentQuestionId(page);
  let choices = choicesOf(await testDb.question.findUniqueOrThrow({ where: { id: questionId } }));
  // Bury (B) the few whose options cannot show all three outcomes.
  for (let i = 0; i < 10 && !showsEveryOutcome(choices); i++) {
    await page.keyboard.press("b");
    await expect.poll(() => currentQuestionId(page)).not.toBe(questionId);
    questionId = await currentQuestionId(page);
    choices = choicesOf(await testDb.question.findUniqueOrThrow({ where: { id: questionId } }));
  }
  const wrong = choices.find((c) => !c.correct)!;
  const right = choices.find((c) => c.correct)!;
  await card(page).locator(`[data-choice-id="${wrong.id}"]`).click();
  await card(page).locator(`[data-choice-id="${right.id}"]`).click();
  await page.keyboard.press("Space");
  await expect(gradeBar(page)).toBeVisible();
  for (const choice of choices) {
    const row = card(page).locator(`[data-choice-id="${choice.id}"]`);
    if (choice.id === wrong.id) await expect(row).toContainText("✗ Your pick, wrong");
    else if (choice.id === right.id) await expect(row).toContainText("✓ Your pick, right");
    else if (choice.correct) await expect(row).toContainText("○ Missed: this one is right");
    else await expect(row).not.toContainText(/Your pick|Missed/);
  }
  expect(await seriousViolations(page)).toEqual([]);
  // Only Again until the learner overrules the verdict; then Good counts, and the review says so.
  await expect(page.getByRole("button", { name: /^Good\b/ })).toBeDisabled();
  await page.getByRole("button", { name: "I was right: count it" }).click();
  await expect(page.getByText("Overruled: counted as right.")).toBeVisible();
  await page.keyboard.press("3");
  await expect.poll(() => currentQuestionId(page)).not.toBe(questionId);
  const log = await testDb.reviewLog.findFirstOrThrow({ where: { userId: (await userOf(email)).id, questionId } });
  expect(log.rating).toBe(3);
  expect(log.overruled).toBe(true);
});

test("undo survives a reload", async ({ page }) => {
  const email = await register(page);
  await page.goto("/practice");
  const graded = await answerAndGradeWithKeyboard(page);
  await page.reload();
  await expect(card(page)).toBeVisible();
  await page.getByRole("button", { name: "↶ Undo" }).click();
  await expect.poll(() => currentQuestionId(page)).toBe(graded);
  expect(await testDb.reviewLog.count({ where: { userId: (await userOf(email)).id } })).toBe(0);
});

test("two tabs grading the same card: the second is told, and only one review is recorded", async ({ page, context }) => {
  const email = await register(page);
  await page.goto("/practice");
  const other = await context.newPage();
  await other.goto("/practice");
  await expect(card(other)).toBeVisible();
  const id = await currentQuestionId(page);
  expect(await currentQuestionId(other)).toBe(id);
  await answerAndGradeWithKeyboard(page);

  await other.bringToFront();
  const steps = await card(other).locator("button[aria-pressed]").count();
  if (steps > 0) for (let i = 1; i <= steps; i++) await other.keyboard.press(String(i));
  else if ((await card(other).locator("[role=radio], [role=checkbox]").count()) > 0) await other.keyboard.press("1");
  await other.keyboard.press("Space");
  const again = other.getByRole("button", { name: /^Again\b/ });
  await expect(again).toBeVisible();
  await other.keyboard.press("1");
  await expect(card(other).getByRole("alert")).toContainText("already graded in another tab");
  expect(await testDb.reviewLog.count({ where: { userId: (await userOf(email)).id, questionId: id } })).toBe(1);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test("the grade bar is fixed at the bottom after a reveal, clear of the content, and every tap target is 44 px", async ({ page }) => {
    await register(page);
    await practiseOnly(page, "single");
    await card(page).getByRole("radio").first().click();
    await page.getByRole("button", { name: /Check answer/ }).click();
    const bar = gradeBar(page);
    await expect(bar).toBeVisible();
    const box = (await bar.boundingBox())!;
    expect(box.y + box.height).toBeGreaterThan(740 - 24);
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    // The page is padded so its end can scroll clear of the bar.
    expect(await seriousViolations(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const last = (await card(page).boundingBox())!;
    expect(last.y + last.height).toBeLessThanOrEqual((await bar.boundingBox())!.y + 1);
    for (const button of await page.locator("main button:visible").all()) {
      const b = (await button.boundingBox())!;
      expect(b.height, `${await button.textContent()} is ${b.height} px tall`).toBeGreaterThanOrEqual(44);
    }
  });
});
