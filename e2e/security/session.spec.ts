import { expect, test } from "@playwright/test";
import { testDb } from "../support/db";
import { PASSWORD, register, signOut } from "../support/flows";

test("a session cookie copied before sign-out stops working at sign-out and is not renewed", async ({ page, browser }) => {
  const email = await register(page);
  const thief = await browser.newContext();
  await thief.addCookies(await page.context().cookies());
  expect((await thief.request.get("/api/practice/next")).status()).toBe(200);
  expect(await testDb.session.count({ where: { user: { email } } })).toBe(1);

  await signOut(page);
  expect(await testDb.session.count({ where: { user: { email } } })).toBe(0);
  expect((await thief.request.get("/api/practice/next")).status()).toBe(401);
  expect((await thief.request.post("/api/quizzes", { data: { topicIds: ["apis"], count: 5 } })).status()).toBe(401);
  const renewal = await thief.request.get("/api/auth/session");
  expect(await renewal.json()).toEqual({});
  // next-auth clears the cookie instead of extending it.
  expect(renewal.headers()["set-cookie"] ?? "").toMatch(/next-auth\.session-token=;/);
  const stolen = await thief.newPage();
  await stolen.goto("/practice");
  await stolen.waitForURL("**/signin**");
  expect(await testDb.quiz.count({ where: { user: { email } } })).toBe(0);
  await thief.close();
});

test("after sign-in a same-origin deep link lands where it pointed, and a return path to another site lands on the dashboard", async ({ page, baseURL }) => {
  const email = await register(page);
  const host = new URL(baseURL!).host;
  const signInVia = async (url: string) => {
    await page.goto(url);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
  };
  for (const hostile of ["/%5Cevil.example/", "/%09/evil.example", "/%5C/evil.example", "//evil.example", "https://evil.example/progress", "/%0A/evil.example"]) {
    await signOut(page);
    await signInVia(`/signin?callbackUrl=${hostile}`);
    await page.waitForURL((url) => url.pathname === "/progress" || url.host !== host);
    expect(new URL(page.url()).host, hostile).toBe(host);
    expect(new URL(page.url()).pathname, hostile).toBe("/progress");
  }
  await signOut(page);
  await page.goto("/quiz/new");
  await page.waitForURL("**/signin?callbackUrl=**");
  await signInVia(page.url());
  await page.waitForURL((url) => url.pathname === "/quiz/new");
  await expect(page.getByRole("button", { name: "Start quiz" })).toBeVisible();
});
