import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { buildAnkiPackage, PNG_1X1 } from "../../tests/support/anki-packages";
import { testDb } from "../support/db";
import { answerAndGradeWithKeyboard, register } from "../support/flows";

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);

const DAY = 86_400_000;

test("import an .apkg through the page, practise one of its cards; its scripts and handlers never run; axe-clean", async ({ page }) => {
  const dialogs: string[] = [];
  const consoleLines: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("console", (message) => consoleLines.push(message.text()));

  const email = await register(page);
  const user = await testDb.user.findUniqueOrThrow({ where: { email } });
  const started = Date.now() - 40 * DAY;
  const data = await buildAnkiPackage(
    {
      notes: [
        {
          type: "basic",
          fields: [
            '<script>window.__pwned = "script"; alert("script")</script><h3 style="color:red">What is <b>backpressure</b>?</h3>',
            '<div onclick="alert(1)">Slowing producers down</div><img src="ring.png" alt="flow diagram"><img src="nothere.png" onerror="window.__pwned = \'onerror\'; alert(2)"><a href="javascript:alert(3)">more</a>',
          ],
          tags: ["Streaming"],
          deck: "E2E Anki::Flow control",
        },
        { type: "cloze", fields: ["A {{c1::circuit breaker}} stops calls to a failing service", ""], deck: "E2E Anki::Flow control" },
      ],
      reviews: [
        { note: 0, ease: 3, at: new Date(started), type: 0 },
        { note: 0, ease: 3, at: new Date(started + 1 * DAY), type: 1 },
        { note: 0, ease: 2, at: new Date(started + 5 * DAY), type: 1 },
      ],
      media: { "ring.png": PNG_1X1 },
    },
    "anki21b",
  );
  const file = path.join(tmpdir(), `e2e-${Date.now()}.apkg`);
  await writeFile(file, data);

  await page.goto("/decks/import/anki");
  await expect(page.getByRole("heading", { name: "Import from Anki" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel("Anki package (.apkg or .colpkg)").setInputFiles(file);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("heading", { name: "Imported" })).toBeVisible();
  await expect(page.getByText("2 new cards, 3 reviews, 1 images.")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  // The result fits a phone, in the dark theme too.
  await page.setViewportSize({ width: 375, height: 740 });
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  // Polled: the buttons' colour transition may still be running just after the theme switch.
  await expect.poll(() => axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: "light" });

  const deck = await testDb.deck.findFirstOrThrow({ where: { userId: user.id, name: "E2E Anki::Flow control" } });
  const imported = await testDb.question.findMany({ where: { deckId: deck.id }, orderBy: { position: "asc" } });
  expect(imported).toHaveLength(2);
  const state = await testDb.cardState.findUniqueOrThrow({ where: { userId_questionId: { userId: user.id, questionId: imported[0]!.id } } });
  expect(state.reps).toBe(3);

  // Importing the same file again offers an update instead of a second copy.
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("imported \"E2E Anki::Flow control\" before");
  await page.getByRole("button", { name: "Update the existing deck" }).click();
  await expect(page.getByText("0 new cards, 2 updated")).toBeVisible();
  expect(await testDb.question.count({ where: { ownerId: user.id } })).toBe(2);

  await page.getByRole("button", { name: "Practise E2E Anki::Flow control" }).click();
  await page.waitForURL(/\/practice\?set=/);
  const card = page.locator("article[data-question-id]");
  await expect(card).toBeVisible();
  const shown = await card.getAttribute("data-question-id");
  expect(imported.map((q) => q.id)).toContain(shown);
  // Wait for hydration (the shortcut sheet opens), then reveal.
  await expect(async () => {
    await page.keyboard.press("?");
    await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await page.keyboard.press("Escape");
  if (shown === imported[0]!.id) {
    await expect(card.getByRole("heading", { name: /What is backpressure\?/ })).toBeVisible();
  }
  const graded = await answerAndGradeWithKeyboard(page);
  expect(graded).toBe(shown);
  await expect.poll(() => testDb.reviewLog.count({ where: { userId: user.id, questionId: shown!, source: "selection" } })).toBe(1);

  // The other imported card, now on screen or reachable: its image loads from the deck's media; nothing hostile ran.
  await page.goto(`/questions/${imported[0]!.id}`);
  const image = page.locator('img[alt="flow diagram"]');
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  expect(await page.locator("script:not([src]):not([id]):not([type])").evaluateAll((els) => els.filter((e) => (e.textContent ?? "").includes("__pwned")).length)).toBe(0);
  expect(await page.locator("[onerror], [onclick]").count()).toBe(0);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).toBeNull();
  expect(dialogs).toEqual([]);
  expect(consoleLines.filter((line) => /pwned|Refused to execute|Refused to load/i.test(line))).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
});
