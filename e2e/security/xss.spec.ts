import { expect, test } from "@playwright/test";
import { testDb } from "../support/db";
import { register } from "../support/flows";

const HOSTILE_ID = "apis-e2e-hostile-markup";

test.beforeAll(async () => {
  // A question whose content tries every way in: a script tag, an event handler, a javascript: link.
  await testDb.question.upsert({
    where: { id: HOSTILE_ID },
    update: {},
    create: {
      id: HOSTILE_ID,
      topicId: "apis",
      subtopic: "rest",
      difficulty: "easy",
      type: "single",
      position: -1000,
      prompt: 'Which is safe? <script>window.__xss = "script"</script> <img src=x onerror="window.__xss = \'onerror\'"> [click me](javascript:window.__xss=\'link\')',
      answer: "<b onmouseover=\"window.__xss='answer'\">Escaped</b> text",
      explanation: '<iframe src="javascript:window.top.__xss=\'iframe\'"></iframe> Explained.',
      choices: JSON.stringify([
        { id: "a", text: "<svg onload=\"window.__xss='choice'\"></svg> Option A", correct: true, why: null },
        { id: "b", text: "Option B", correct: false, why: "<img src=y onerror=\"window.__xss='why'\">" },
        { id: "c", text: "Option C", correct: false, why: "Plain." },
      ]),
    },
  });
});

test.afterAll(async () => {
  await testDb.question.update({ where: { id: HOSTILE_ID }, data: { retiredAt: new Date() } });
});

test("markup in question content shows as text and never runs, in practice and on the question page", async ({ page }) => {
  await register(page);
  await page.goto("/practice?topic=apis");
  const card = page.locator(`article[data-question-id="${HOSTILE_ID}"]`);
  await expect(card).toBeVisible();
  await expect(card).toContainText('<script>window.__xss = "script"</script>');
  await expect(card.locator("script, img, iframe, svg")).toHaveCount(0);
  await expect(card.locator('a[href^="javascript:"]')).toHaveCount(0);
  await expect(card.getByText("click me")).toBeVisible();

  // Reveal: the answer, explanation and each option's reason render too.
  await page.keyboard.press("1");
  await page.keyboard.press("Space");
  await expect(card.getByText("Explained.")).toBeVisible();
  await expect(card.locator("script, img, iframe, svg")).toHaveCount(0);
  await card.getByText("Escaped", { exact: false }).first().hover();
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  await page.keyboard.press("3");

  await page.goto(`/questions/${HOSTILE_ID}`);
  await expect(page.getByText("Escaped", { exact: false }).first()).toBeVisible();
  await expect(page.locator("main").locator("script, img, iframe, svg[onload]")).toHaveCount(0);
  await page.mouse.move(10, 10);
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
});
