import { expect, test, type Page } from "@playwright/test";
import { BAD_PERCENT_ESCAPES, FOREIGN_ORIGIN, HOSTILE_ACTION_ENVELOPES } from "../../tests/corpus/malformed-inputs";
import { testDb } from "../support/db";
import { register } from "../support/flows";

/** The id and page of a real server action, read from the request the browser makes when the form is sent. */
async function captureAction(page: Page, send: () => Promise<void>): Promise<{ id: string; path: string }> {
  const request = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await send();
  const sent = await request;
  return { id: sent.headers()["next-action"]!, path: new URL(sent.url()).pathname };
}

const expect4xx = (status: number, label: string) => {
  expect(status, label).toBeGreaterThanOrEqual(400);
  expect(status, label).toBeLessThan(500);
};

test("malformed server-action calls and calls from another site get a 4xx and change nothing", async ({ page, baseURL }) => {
  const email = await register(page);
  await page.goto("/settings");
  const settings = await captureAction(page, async () => {
    await page.getByLabel("New cards per day").fill("-3");
    await page.getByRole("button", { name: "Save settings" }).click();
  });
  await expect(page.getByText("The new-card limit cannot be negative.")).toBeVisible();
  const before = await testDb.user.findUniqueOrThrow({ where: { email } });
  const users = await testDb.user.count();

  for (const [name, init] of Object.entries(HOSTILE_ACTION_ENVELOPES)) {
    const response = await page.request.post(settings.path, { ...init, headers: { ...init.headers, "next-action": settings.id, accept: "text/x-component" } });
    expect4xx(response.status(), name);
  }
  // The same action from another site, and with a made-up action id.
  const foreign = await page.request.post(settings.path, { headers: { "next-action": settings.id, origin: FOREIGN_ORIGIN }, multipart: { "0": '[{"status":"idle"},"$K1"]', "1_newCardsPerDay": "0", "1_timeZone": "UTC" } });
  expect(foreign.status()).toBe(403);
  const unknown = await page.request.post(settings.path, { headers: { "next-action": "00".repeat(21) }, multipart: { "0": '["$K1"]' } });
  expect4xx(unknown.status(), "an unknown action id");

  expect(await testDb.user.findUniqueOrThrow({ where: { email } })).toEqual(before);
  expect(await testDb.user.count()).toBe(users);
  // The real form still works.
  await page.goto("/settings");
  await page.getByLabel("New cards per day").fill("7");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  expect((await testDb.user.findUniqueOrThrow({ where: { email } })).newCardsPerDay).toBe(7);
  expect(baseURL).toBeTruthy();
});

test("the register action with a non-form argument or from another site gets a 4xx and creates nothing", async ({ page }) => {
  await page.goto("/register");
  const action = await captureAction(page, async () => {
    await page.getByLabel("Email").fill(`short-${Date.now()}@example.com`);
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
  });
  const users = await testDb.user.count();
  const asString = await page.request.post(action.path, { headers: { "next-action": action.id, "content-type": "text/plain;charset=UTF-8" }, data: '["email=x@example.com&password=orbit velvet canyon lamp"]' });
  expect4xx(asString.status(), "a string argument");
  const email = `foreign-${Date.now()}@example.com`;
  const foreign = await page.request.post(action.path, {
    headers: { "next-action": action.id, origin: FOREIGN_ORIGIN },
    multipart: { "0": '["$K1"]', "1_email": email, "1_password": "orbit velvet canyon lamp" },
  });
  expect(foreign.status()).toBe(403);
  expect(await testDb.user.count()).toBe(users);
});

test("path parameters with percent-escapes that do not decode get a 4xx, on pages and API routes", async ({ page }) => {
  await register(page);
  for (const bad of BAD_PERCENT_ESCAPES) {
    for (const path of [`/questions/${bad}`, `/quiz/${bad}`, `/quiz/${bad}/results`]) {
      expect4xx((await page.request.get(path, { maxRedirects: 0 })).status(), path);
    }
    for (const path of [`/api/quizzes/${bad}/submit`, `/api/quizzes/${bad}/retake`, `/api/quizzes/${bad}/self-grade`]) {
      expect4xx((await page.request.post(path, { data: {} })).status(), path);
    }
    expect4xx((await page.request.put(`/api/quizzes/${bad}/answers`, { data: { questionId: "x", flagged: true } })).status(), `answers ${bad}`);
  }
});

test("next-auth's error page answers 400, whatever error it is handed", async ({ request }) => {
  for (const error of ["Configuration", "AccessDenied", "Verification", "Default", "made-up", ""]) {
    const response = await request.get(`/api/auth/error?error=${error}`, { maxRedirects: 0 });
    expect(response.status(), error).toBe(400);
  }
});
