import { expect, test, type Page } from "@playwright/test";
import { register } from "../support/flows";
import { answerQuizQuestion } from "../support/quiz-flows";

test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

/** Buttons and the top bar's links shorter than a thumb (44 px); links inside running text are exempt. */
async function shortTargets(page: Page): Promise<string[]> {
  const short: string[] = [];
  for (const target of await page.locator("main button:visible, header a:visible, header button:visible").all()) {
    const box = await target.boundingBox();
    if (box && box.height < 44) short.push(`${((await target.textContent()) ?? "").trim().slice(0, 30)}: ${Math.round(box.height)} px`);
  }
  return short;
}

test("on a phone every button on Home, the quiz setup, a quiz and its results is at least 44 px tall", async ({ page }) => {
  await register(page);
  expect(await shortTargets(page)).toEqual([]);
  await page.goto("/quiz/new");
  expect(await shortTargets(page)).toEqual([]);
  await page.getByLabel("Questions (5–50)").fill("5");
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page.waitForURL(/\/quiz\/(?!new$)[^/]+$/);
  await answerQuizQuestion(page);
  expect(await shortTargets(page)).toEqual([]);
  await page.getByRole("button", { name: "Submit quiz…" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Submit quiz" }).click();
  await page.waitForURL("**/results");
  await page.locator("[data-result-line] button[aria-expanded]").first().click();
  expect(await shortTargets(page)).toEqual([]);
});

test("on a phone every top-bar link fits the screen unscrolled, and Settings signs out", async ({ page }) => {
  await register(page);
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const name of ["Practice", "Quiz", "Library", "Decks", "Settings"]) {
    const box = await nav.getByRole("link", { name, exact: true }).boundingBox();
    expect(box, name).not.toBeNull();
    expect(box!.x, name).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, name).toBeLessThanOrEqual(375);
  }
  await nav.getByRole("link", { name: "Settings", exact: true }).click();
  await page.waitForURL("**/settings");
  expect(await shortTargets(page)).toEqual([]);
  await page.getByRole("region", { name: "Account" }).getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await page.goto("/settings");
  await page.waitForURL("**/signin**");
});
