import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { testDb } from "../support/db";
import { answerAndGradeWithKeyboard, currentQuestionId, practiceReady, register } from "../support/flows";

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);

const rows = (page: Page) => page.getByRole("list", { name: /^Questions \d+ to \d+ of \d+$/ }).locator("li[data-question-id]");

test("search with /, filter with chips kept in the URL, go back, and open a question from the keyboard; axe-clean at 1280 and 375 px", async ({ page }) => {
  await register(page);
  // `/` from any page opens the library with its search box focused (pressed again until the page has hydrated).
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(page).toHaveURL(/\/questions$/, { timeout: 1_000 });
  }).toPass();
  const search = page.getByRole("searchbox", { name: /Search questions/ });
  await expect(search).toBeFocused();
  await expect(rows(page).first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await search.fill("idempotency");
  await page.waitForURL(/\?q=idempotency$/);
  await expect(rows(page).first().locator("mark").first()).toHaveText(/idempot/i);
  const searched = await rows(page).count();
  expect(searched).toBeGreaterThan(5);

  await page.getByRole("combobox", { name: "Type", exact: true }).selectOption("single");
  await page.waitForURL(/\?q=idempotency&type=single$/);
  await expect.poll(() => rows(page).count()).toBeLessThan(searched);
  const types = await rows(page).evaluateAll((els) => els.map((el) => el.textContent ?? ""));
  expect(types.every((t) => t.includes("single"))).toBe(true);
  await page.getByRole("button", { name: "★ Flagged" }).click();
  await page.waitForURL(/type=single&flagged=1$/);
  await expect(page.getByText("No question matches.")).toBeVisible();

  await page.goBack();
  await page.waitForURL(/\?q=idempotency&type=single$/);
  await page.goBack();
  await page.waitForURL(/\?q=idempotency$/);
  await expect(search).toHaveValue("idempotency");
  await expect.poll(() => rows(page).count()).toBe(searched);

  // j moves through the rows, Enter opens the one in focus.
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  const second = await rows(page).nth(1).getAttribute("data-question-id");
  await expect(rows(page).nth(1).getByRole("link")).toBeFocused();
  await page.keyboard.press("k");
  await expect(rows(page).nth(0).getByRole("link")).toBeFocused();
  await page.keyboard.press("j");
  await page.keyboard.press("Enter");
  await page.waitForURL(`**/questions/${second}`);
  await expect(page.getByRole("heading", { name: "Your marks" })).toBeVisible();

  // Bad input in the address is refused in words, and nothing is searched.
  await page.goto("/questions?topic=cooking&q=%22");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Unknown topic");

  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/questions?q=idempotency");
  await expect(rows(page).first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  expect(await axeViolations(page)).toEqual([]);
});

test("write a note and flag a question in practice (N, F); the note comes back with the answer and in the library", async ({ page }) => {
  const email = await register(page);
  await page.goto("/practice");
  await practiceReady(page);
  const id = await currentQuestionId(page);
  await page.keyboard.press("f");
  await expect(page.getByRole("button", { name: "★ Flagged" })).toBeVisible();
  // Reveal: a pick first when the card has options.
  if ((await page.locator("article [role=radio], article [role=checkbox]").count()) > 0) await page.keyboard.press("1");
  const steps = await page.locator("article button[aria-pressed]").count();
  if (steps > 1) for (let i = 1; i <= steps; i++) await page.keyboard.press(String(i));
  await page.keyboard.press("Space");
  await page.keyboard.press("n");
  const note = page.getByLabel(/Your note/);
  await expect(note).toBeFocused();
  await note.fill("Check **Idempotency-Key** <script>alert(1)</script>");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByText("Note saved")).toBeVisible();

  const user = await testDb.user.findUniqueOrThrow({ where: { email } });
  await expect.poll(() => testDb.questionMark.findUnique({ where: { userId_questionId: { userId: user.id, questionId: id } } })).toMatchObject({
    flagged: true,
    note: "Check **Idempotency-Key** <script>alert(1)</script>",
  });

  await page.goto(`/questions/${id}`);
  const shown = page.getByTestId("note");
  await expect(shown.locator("strong")).toHaveText("Idempotency-Key");
  await expect(shown).toContainText("<script>alert(1)</script>");
  expect(await shown.locator("script").count()).toBe(0);
  expect(await axeViolations(page)).toEqual([]);

  await page.goto("/questions?flagged=1&note=1");
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toHaveAttribute("data-question-id", id);
});

test("suspend a question in practice (S): it is never seen in practice afterwards, and comes back unchanged once unsuspended", async ({ page }) => {
  const email = await register(page);
  await page.goto("/practice");
  await practiceReady(page);
  const suspended = await currentQuestionId(page);
  await page.keyboard.press("s");
  await expect(page.getByText(/Suspended: it will not come back/)).toBeVisible();
  await expect.poll(() => currentQuestionId(page)).not.toBe(suspended);
  const user = await testDb.user.findUniqueOrThrow({ where: { email } });
  expect((await testDb.questionMark.findFirstOrThrow({ where: { userId: user.id, questionId: suspended } })).suspendedAt).not.toBeNull();

  const seen: string[] = [];
  for (let i = 0; i < 6; i++) seen.push(await answerAndGradeWithKeyboard(page));
  await page.reload();
  seen.push(await currentQuestionId(page));
  expect(seen).not.toContain(suspended);
  expect(await testDb.reviewLog.count({ where: { userId: user.id, questionId: suspended } })).toBe(0);

  await page.goto("/questions?suspended=1");
  await expect(rows(page)).toHaveCount(1);
  await rows(page).first().getByRole("button", { name: /^Unsuspend/ }).click();
  await expect(page.getByText("No question matches.")).toBeVisible();
  await page.goto("/practice");
  // It was the first new card in bank order, so it is the first new card again.
  await expect.poll(() => currentQuestionId(page)).toBe(suspended);
});

test("practise a selection: only the chosen cards, outside the daily new-card limit", async ({ page }) => {
  const email = await register(page);
  const user = await testDb.user.findUniqueOrThrow({ where: { email } });
  await testDb.user.update({ where: { id: user.id }, data: { newCardsPerDay: 1 } });
  await page.goto("/questions?subtopic=idempotency");
  await expect(rows(page).first()).toBeVisible();
  const chosen = await rows(page).evaluateAll((els) => els.map((el) => el.getAttribute("data-question-id")!));
  expect(chosen.length).toBeGreaterThan(2);
  await page.getByRole("button", { name: `Practise these ${chosen.length}` }).click();
  await page.waitForURL(/\/practice\?set=/);
  await expect(page.getByText(/^Selection · idempotency/)).toBeVisible();
  await practiceReady(page);
  const practised: string[] = [];
  for (let i = 0; i < 3; i++) practised.push(await answerAndGradeWithKeyboard(page));
  expect(practised.every((id) => chosen.includes(id))).toBe(true);
  expect(await testDb.reviewLog.count({ where: { userId: user.id, source: "selection" } })).toBe(3);
  // Three new cards started, yet the daily limit of one is still there for ordinary practice.
  await page.goto("/practice");
  await expect(page.getByText("1 new")).toBeVisible();
});

test("quiz me on these: a timed quiz drawn from the filtered list", async ({ page }) => {
  const email = await register(page);
  await page.goto("/questions?subtopic=idempotency");
  await expect(rows(page).first()).toBeVisible();
  const chosen = await rows(page).evaluateAll((els) => els.map((el) => el.getAttribute("data-question-id")!));
  await page.getByRole("button", { name: /^Quiz me on these/ }).click();
  await page.waitForURL(/\/quiz\/[a-z0-9]+$/);
  const user = await testDb.user.findUniqueOrThrow({ where: { email } });
  const quiz = await testDb.quiz.findFirstOrThrow({ where: { userId: user.id }, include: { questions: true } });
  expect(quiz.questions.length).toBe(Math.min(20, chosen.length));
  expect(quiz.questions.every((q) => chosen.includes(q.questionId))).toBe(true);
});
