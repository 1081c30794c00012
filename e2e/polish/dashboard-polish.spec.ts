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
