import { expect, test, type APIRequestContext } from "@playwright/test";
import { testDb } from "../support/db";
import { PASSWORD, register, signOut } from "../support/flows";

// Every request here comes from 127.0.0.1; the limits key on that, whatever X-Forwarded-For says.
const clearAddressLimits = () => testDb.loginThrottle.deleteMany({ where: { OR: [{ key: { startsWith: "ip:" } }, { key: { startsWith: "register:" } }] } });
test.beforeEach(clearAddressLimits);
test.afterEach(clearAddressLimits);

async function signInThroughApi(request: APIRequestContext, email: string, password: string, forwardedFor: string): Promise<string> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    headers: { "x-forwarded-for": forwardedFor },
    maxRedirects: 0,
  });
  return decodeURIComponent(((await response.json()) as { url: string }).url);
}

test("the per-address sign-in limit ignores a client-chosen X-Forwarded-For", async ({ page, request }) => {
  const email = await register(page);
  await signOut(page);
  for (let i = 0; i < 20; i++) {
    const url = await signInThroughApi(request, `spray-${i}-${Date.now()}@example.com`, "wrong password", `203.0.113.${i}`);
    expect(url).toContain("error=CredentialsSignin");
  }
  // A fresh made-up address per try used to be a fresh budget; the socket's address is what counts.
  const url = await signInThroughApi(request, email, PASSWORD, "198.51.100.77");
  expect(url).toContain("Too many failed sign-ins.");
  expect(await testDb.loginThrottle.count({ where: { key: { startsWith: "ip:203.0.113." } } })).toBe(0);
});

test("registration is limited per address, with a message that says how long to wait", async ({ page }) => {
  const users = await testDb.user.count();
  for (let i = 0; i < 11; i++) {
    await page.goto("/register");
    await page.getByLabel("Email").fill(`limit-${i}-${Date.now()}@example.com`);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.setExtraHTTPHeaders({ "x-forwarded-for": `203.0.113.${i}` });
    await page.getByRole("button", { name: "Create account" }).click();
    if (i < 10) await page.waitForURL("**/signin?registered=1");
  }
  await expect(page.locator("form").getByRole("alert")).toHaveText("Too many sign-ups from your network. Wait 60 minutes and try again.");
  expect(await testDb.user.count()).toBe(users + 10);
});
