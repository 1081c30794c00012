import { expect, test } from "@playwright/test";
import { answerAndGradeWithKeyboard, PASSWORD, register, signOut } from "../support/flows";

test("at 1280 px the due chart shows its tallest number whole and topic names are not cut", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await register(page);
  await page.goto("/practice");
  await answerAndGradeWithKeyboard(page);
  await page.goto("/progress");
  const chart = page.getByRole("figure").filter({ hasText: "Due over the next 7 days" }).locator("svg");
  const clipped = await chart.evaluate((svg) => {
    const top = (svg as SVGSVGElement).viewBox.baseVal.y;
    return [...svg.querySelectorAll("text")].filter((t) => t.getBBox().y < top).map((t) => t.textContent);
  });
  expect(clipped).toEqual([]);
  const cut = await page.locator("[data-topic-name]").evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth).map((e) => e.textContent));
  expect(cut).toEqual([]);
  await expect(page.locator("[data-topic-name]").first()).toBeVisible();
});

test("on a phone the heatmap opens on today", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await register(page);
  await page.goto("/practice");
  await answerAndGradeWithKeyboard(page);
  await page.goto("/progress");
  const scroller = page.getByLabel("Review heatmap, scrollable");
  await expect(scroller).toBeVisible();
  await expect
    .poll(() => scroller.evaluate((el) => el.scrollWidth - el.clientWidth - el.scrollLeft))
    .toBeLessThan(2);
  expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
});

test("after sign-in a deep link lands on the page asked for", async ({ page }) => {
  const email = await register(page);
  await signOut(page);
  await page.goto("/quiz/new");
  await page.waitForURL(/\/signin\?callbackUrl=/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL("**/quiz/new");
  await expect(page.getByRole("heading", { name: "New mock quiz" })).toBeVisible();
});

test("the heatmap names the day under the pointer, and the subtopic table is built when opened", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await register(page);
  await page.goto("/practice");
  await answerAndGradeWithKeyboard(page);
  await page.goto("/progress");
  const heatmap = page.getByRole("img", { name: /^Heatmap:/ });
  await heatmap.scrollIntoViewIfNeeded();
  const box = (await heatmap.boundingBox())!;
  // Today is the last day drawn, in the rightmost column: the lowest square there with a tooltip.
  const cell = box.width / Math.round((box.width / box.height) * 7);
  const tooltip = page.getByRole("tooltip").filter({ hasText: /^\d{4}-\d\d-\d\d: / });
  let row = 6;
  for (; row >= 0; row--) {
    await page.mouse.move(box.x + box.width - cell / 2, box.y + (row + 0.5) * cell, { steps: 2 });
    if ((await tooltip.count()) > 0) break;
  }
  expect(row).toBeGreaterThanOrEqual(0);
  await expect(tooltip).toHaveText(/: 1 review$/);
  // The day before has none.
  await page.mouse.move(box.x + box.width - cell / 2 - (row === 0 ? cell : 0), box.y + ((row === 0 ? 6 : row - 1) + 0.5) * cell, { steps: 2 });
  await expect(tooltip).toHaveText(/: 0 reviews$/);
  await page.mouse.move(0, 0);
  await expect(tooltip).toHaveCount(0);

  const table = page.getByRole("table", { name: "Mastery by topic and subtopic" });
  await expect(table).toHaveCount(0);
  await page.getByText("Scores by subtopic, as a table").click();
  await expect(table.getByRole("rowheader").first()).toBeVisible();
});
