import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { testDb } from "../support/db";
import { register } from "../support/flows";

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);

// A Markdown field by its label (its preview region shares the word).
const md = (page: Page, name: string) => page.getByRole("textbox", { name: new RegExp(`^${name}\\b`) });
const card = (page: Page) => page.locator("article[data-question-id]");

/** Waits for the practice page to answer keys (hydrated), then reveals the card with Space and grades it Good with 3. */
async function revealAndGradeGood(page: Page): Promise<string> {
  await expect(card(page)).toBeVisible();
  const id = (await card(page).getAttribute("data-question-id"))!;
  const sheet = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(async () => {
    if (!(await sheet.isVisible())) await page.keyboard.press("?");
    await expect(sheet).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await page.keyboard.press("Escape");
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: /^Good\b.*next review in/ })).toBeVisible();
  await page.keyboard.press("3");
  await expect.poll(async () => testDb.reviewLog.count({ where: { questionId: id } })).toBe(1);
  return id;
}

const userId = async (email: string) => (await testDb.user.findUniqueOrThrow({ where: { email } })).id;

test("create a deck and write cards by hand (Markdown preview, a choice card, a refused empty card), then practise the deck; axe-clean", async ({ page }) => {
  const email = await register(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Decks" }).click();
  await page.waitForURL("**/decks");
  await expect(page.getByText("No decks yet.")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByLabel("New deck").fill("Distributed systems");
  await page.getByRole("button", { name: "Create deck" }).click();
  await page.waitForURL(/\/decks\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { name: "Distributed systems" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole("link", { name: "New card" }).click();
  await page.waitForURL("**/cards/new");
  // Nothing typed: the form says what is missing and saves nothing.
  await page.getByRole("button", { name: "Save card" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("fix the fields");
  await expect(page.getByText("The prompt is required.").or(page.getByText("The prompt must not be empty."))).toBeVisible();
  expect(await testDb.question.count({ where: { ownerId: await userId(email) } })).toBe(0);

  await md(page, "Prompt").fill("What does **Raft** elect?\n\n```go\nterm++\n```");
  const preview = page.getByRole("region", { name: "Prompt preview" });
  await expect(preview.locator("strong")).toHaveText("Raft");
  await expect(preview.locator("pre[data-language=go]")).toBeVisible();
  await md(page, "Answer").fill("A *leader*, once per term.");
  await page.getByLabel(/^Tags/).fill("consensus raft");
  expect(await axeViolations(page)).toEqual([]);
  // The form and its preview in the dark theme too.
  await page.emulateMedia({ colorScheme: "dark" });
  // Colours ease into the dark theme over a transition: axe reads them once they have settled.
  await expect.poll(() => axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: "light" });
  await page.getByRole("button", { name: "Save card" }).click();
  await page.waitForURL(/\/decks\/[a-z0-9]+$/);
  await expect(page.getByRole("list", { name: "Cards" }).getByRole("link", { name: /^What does Raft elect/ })).toBeVisible();

  // A single-choice card: options with a correct flag and a reason.
  await page.getByRole("link", { name: "New card" }).click();
  await page.getByText("Single choice", { exact: true }).click();
  await md(page, "Prompt").fill("Which quorum tolerates one failure among three nodes?");
  await page.getByLabel("Option 1", { exact: true }).fill("2 of 3");
  await page.getByLabel("Option 2", { exact: true }).fill("3 of 3");
  await page.getByLabel("Why it is wrong").first().fill("One failure would stop every write.");
  await page.getByLabel("Option 3", { exact: true }).fill("1 of 3");
  await md(page, "Answer").fill("2 of 3: a majority.");
  await page.getByRole("button", { name: "Save card" }).click();
  await page.waitForURL(/\/decks\/[a-z0-9]+$/);
  const saved = await testDb.question.findMany({ where: { ownerId: await userId(email) }, orderBy: { position: "asc" } });
  expect(saved.map((q) => q.type)).toEqual(["flashcard", "single"]);
  expect(JSON.parse(saved[1]!.choices!)).toEqual([
    { id: "a", text: "2 of 3", correct: true, why: null },
    { id: "b", text: "3 of 3", correct: false, why: "One failure would stop every write." },
    { id: "c", text: "1 of 3", correct: false, why: null },
  ]);

  await page.getByRole("button", { name: "Practise this deck" }).click();
  await page.waitForURL(/\/practice\?set=/);
  await expect(card(page)).toContainText("What does Raft elect?");
  const graded = await revealAndGradeGood(page);
  expect(graded).toBe(saved[0]!.id);
  const state = await testDb.cardState.findUniqueOrThrow({ where: { userId_questionId: { userId: await userId(email), questionId: graded } } });
  expect(state.reps).toBe(1);
  expect(state.due.getTime()).toBeGreaterThan(Date.now());
  expect(await axeViolations(page)).toEqual([]);

  // The deck can be chosen for a quiz alongside the topics, and its mastery shows on the dashboard.
  await page.goto(`/decks/${saved[0]!.deckId}`);
  await page.getByRole("link", { name: "Quiz me on it" }).click();
  await page.waitForURL(/\/quiz\/new\?deck=/);
  await expect(page.getByRole("group", { name: "Your decks" }).getByRole("checkbox", { name: "Distributed systems" })).toBeChecked();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto("/progress");
  const decks = page.getByRole("region", { name: "Your decks" });
  await expect(decks).toContainText("Distributed systems");
  await expect(decks).toContainText("1 of 2 cards seen");
});

test("import a CSV through the page (preview, column mapping), practise one of its cards; a binary file is refused and imports nothing", async ({ page }) => {
  const email = await register(page);
  await page.goto("/decks/import");
  // A binary file first: refused in words, nothing to import.
  await page.getByLabel(/^File/).setInputFiles({ name: "deck.csv", mimeType: "text/csv", buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x08, 0]) });
  await expect(page.getByRole("main").getByRole("alert")).toContainText("not a text file");
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);

  const csv = "\uFEFFQuestion,Answer,Tags\n\"What is a write-ahead log?\",\"A log of changes, written before the data pages\",databases wal\nWhat does MVCC stand for?,Multi-version concurrency control,databases\n\"Two lines\nin one front\",back,\n";
  await page.getByLabel(/^File/).setInputFiles({ name: "db-notes.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await expect(page.getByRole("heading", { name: /Preview: 3 rows, comma-separated/ })).toBeVisible();
  await expect(page.getByLabel("The first row is a header")).toBeChecked();
  await expect(page.getByLabel(/Column 1 \(Question\) is/)).toHaveValue("front");
  await expect(page.getByLabel(/Column 2 \(Answer\) is/)).toHaveValue("back");
  await expect(page.getByLabel(/Column 3 \(Tags\) is/)).toHaveValue("tags");
  await expect(page.getByRole("region", { name: "First rows and column mapping" })).toContainText("What is a write-ahead log?");
  await expect(page.getByLabel("Deck name")).toHaveValue("db-notes");
  expect(await axeViolations(page)).toEqual([]);
  // Nothing is written until the learner commits.
  expect(await testDb.deck.count({ where: { userId: await userId(email) } })).toBe(0);

  await page.getByLabel("Deck name").fill("Database notes");
  await page.getByRole("button", { name: "Import 3 rows" }).click();
  await page.waitForURL(/\/decks\/[a-z0-9]+\?imported=3$/);
  await expect(page.getByRole("status").filter({ hasText: "Imported 3 cards." })).toBeVisible();
  const cards = await testDb.question.findMany({ where: { ownerId: await userId(email) }, orderBy: { position: "asc" } });
  expect(cards.map((c) => [c.prompt, JSON.parse(c.tags) as string[]])).toEqual([
    ["What is a write-ahead log?", ["databases", "wal"]],
    ["What does MVCC stand for?", ["databases"]],
    ["Two lines\nin one front", []],
  ]);

  await page.getByRole("button", { name: "Practise this deck" }).click();
  await page.waitForURL(/\/practice\?set=/);
  await expect(card(page)).toContainText("What is a write-ahead log?");
  expect(await revealAndGradeGood(page)).toBe(cards[0]!.id);

  // At 375 px the deck pages fit the screen.
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/decks");
  await expect(page.getByRole("link", { name: "Database notes" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  expect(await axeViolations(page)).toEqual([]);
});

test("another learner's deck and card are 404 pages", async ({ page, browser }) => {
  await register(page);
  await page.goto("/decks");
  await page.getByLabel("New deck").fill("Private");
  await page.getByRole("button", { name: "Create deck" }).click();
  await page.waitForURL(/\/decks\/[a-z0-9]+$/);
  const deckUrl = new URL(page.url()).pathname;
  await page.getByRole("link", { name: "New card" }).click();
  await md(page, "Prompt").fill("secret prompt");
  await md(page, "Answer").fill("secret answer");
  await page.getByRole("button", { name: "Save card" }).click();
  await page.waitForURL(/\/decks\/[a-z0-9]+$/);
  const cardId = (await testDb.question.findFirstOrThrow({ where: { prompt: "secret prompt" } })).id;

  const other = await browser.newPage();
  await register(other);
  for (const path of [deckUrl, `${deckUrl}/cards/new`, `${deckUrl}/cards/${cardId}`, `/questions/${cardId}`]) {
    const response = await other.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(other.getByText("secret prompt")).toHaveCount(0);
  }
  await other.goto("/questions?q=secret");
  await expect(other.getByText("secret prompt")).toHaveCount(0);
  await other.close();
});
