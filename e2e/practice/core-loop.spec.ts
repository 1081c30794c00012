import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { testDb } from "../support/db";
import { answerAndGradeWithKeyboard, currentQuestionId, register } from "../support/flows";

test("a new user practises five cards from the keyboard, and they are no longer due after a reload", async ({ page }) => {
  const email = await register(page);
  await expect(page.getByRole("heading", { name: "20 new cards are waiting" })).toBeVisible();
  await page.getByRole("link", { name: "Start with 20 new cards" }).click();
  await page.waitForURL("**/practice");

  const practised: string[] = [];
  for (let i = 0; i < 5; i++) practised.push(await answerAndGradeWithKeyboard(page));
  await expect(page.getByText("5 reviewed")).toBeVisible();

  const user = await testDb.user.findUniqueOrThrow({ where: { email } });
  const states = await testDb.cardState.findMany({ where: { userId: user.id } });
  expect(states.map((s) => s.questionId).sort()).toEqual([...practised].sort());
  expect(states.every((s) => s.due.getTime() > Date.now())).toBe(true);
  expect(await testDb.reviewLog.count({ where: { userId: user.id, source: "practice" } })).toBe(5);

  await page.reload();
  const after = await currentQuestionId(page);
  expect(after).not.toBe("");
  expect(practised).not.toContain(after);
  await expect(page.getByText("New", { exact: true })).toBeVisible();
});

test("undo restores the last graded card exactly, by button and by Ctrl+Z", async ({ page }) => {
  const email = await register(page);
  await page.goto("/practice");
  const graded = await answerAndGradeWithKeyboard(page);
  const user = await testDb.user.findUniqueOrThrow({ where: { email } });
  expect(await testDb.cardState.count({ where: { userId: user.id } })).toBe(1);

  await page.keyboard.press("Control+z");
  await expect.poll(() => currentQuestionId(page)).toBe(graded);
  await expect.poll(() => testDb.cardState.count({ where: { userId: user.id } })).toBe(0);
  expect(await testDb.reviewLog.count({ where: { userId: user.id } })).toBe(0);

  // Grade it twice over two cards, then undo with the button: only the last grade goes.
  const first = await answerAndGradeWithKeyboard(page);
  const second = await answerAndGradeWithKeyboard(page);
  const beforeUndo = await testDb.cardState.findUniqueOrThrow({ where: { userId_questionId: { userId: user.id, questionId: first } } });
  await page.getByRole("button", { name: "↶ Undo" }).click();
  await expect.poll(() => currentQuestionId(page)).toBe(second);
  expect(await testDb.cardState.count({ where: { userId: user.id, questionId: second } })).toBe(0);
  expect(await testDb.cardState.findUniqueOrThrow({ where: { userId_questionId: { userId: user.id, questionId: first } } })).toEqual(beforeUndo);
});

test("signing out ends the session, and a second user sees none of the first user's progress", async ({ page }) => {
  const firstEmail = await register(page);
  await page.goto("/practice");
  await answerAndGradeWithKeyboard(page);
  await answerAndGradeWithKeyboard(page);

  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await page.goto("/practice");
  await page.waitForURL("**/signin**");

  const secondEmail = await register(page);
  // The second user starts from nothing: the first-run home, with no scores to show.
  await expect(page.getByRole("heading", { name: "20 new cards are waiting" })).toBeVisible();
  await expect(page.getByText(firstEmail)).toHaveCount(0);
  await expect(page.getByRole("img", { name: /mastery \d+ out of 100$/ })).toHaveCount(0);
  await page.goto("/practice");
  await expect(page.getByText("New", { exact: true })).toBeVisible();
  await expect(page.getByText("0 reviewed")).toBeVisible();

  const second = await testDb.user.findUniqueOrThrow({ where: { email: secondEmail } });
  expect(await testDb.cardState.count({ where: { userId: second.id } })).toBe(0);
});

test("pages that need a session send visitors to sign in and back", async ({ page }) => {
  await page.goto("/progress");
  await page.waitForURL("**/signin?callbackUrl=%2Fprogress");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  const response = await page.request.post("/api/practice/grade", { data: { questionId: "x", rating: 3 } });
  expect(response.status()).toBe(401);
});

test("a wrong password gets one message that does not say which field was wrong", async ({ page }) => {
  const email = await register(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await page.goto("/signin");
  for (const [who, password] of [[email, "not the password"], ["nobody@example.com", "whatever123"]]) {
    await page.getByLabel("Email").fill(who!);
    await page.getByLabel("Password").fill(password!);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText(/email and password do not match an account/);
  }
  await page.goto("/register");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 10 characters for your password.")).toBeVisible();
  await page.getByLabel("Password").fill("long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  // An email that has an account gets exactly what a new one gets: the sign-in form and the same note.
  await page.waitForURL("**/signin?registered=1");
  const forExisting = await page.getByRole("main").innerText();
  await page.goto("/register");
  await page.getByLabel("Email").fill(`new-${Date.now()}@example.com`);
  await page.getByLabel("Password").fill("long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL("**/signin?registered=1");
  expect(await page.getByRole("main").innerText()).toBe(forExisting);
  expect(forExisting).toContain("If that email is new here, your account is ready");
});

test("the home and practice pages have no serious accessibility violations", async ({ page }) => {
  await register(page);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    for (const path of ["/progress", "/practice", "/settings", "/quiz/new"]) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), `${path} (${colorScheme})`).toEqual([]);
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/practice");
  await page.keyboard.press("Space");
  const revealed = await new AxeBuilder({ page }).analyze();
  expect(revealed.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
});
