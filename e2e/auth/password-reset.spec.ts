import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { hashResetToken } from "../../lib/auth/reset-token";
import { resetTokenIn, startSmtpInbox, type SmtpInbox } from "../../tests/support/smtp-inbox";
import { testDb } from "../support/db";
import { E2E_SMTP_PORT } from "../support/env";
import { PASSWORD, register, signIn, signOut } from "../support/flows";

const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);

let inbox: SmtpInbox;
test.beforeAll(async () => {
  inbox = await startSmtpInbox({ port: E2E_SMTP_PORT });
});
test.afterAll(async () => {
  await inbox.close();
});
test.beforeEach(async () => {
  await testDb.loginThrottle.deleteMany({ where: { key: { startsWith: "reset-" } } });
});

const NEW_PASSWORD = "lighthouse pebble autumn ferry";

test("a forgotten password is reset through the link in the mail, which works once and signs out every session", async ({ page, browser }) => {
  const email = await register(page);
  // A second device stays signed in until the reset.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, email);
  await signOut(page);

  await page.goto("/signin");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByLabel("Email").fill(email.toUpperCase());
  await page.getByRole("button", { name: "Send the reset link" }).click();
  await expect(page.getByRole("status")).toContainText("a link to choose a new password is on its way");

  const mail = await inbox.waitFor(email);
  expect(mail.subject).toBe("Reset your password");
  const token = resetTokenIn(mail);
  expect(token).not.toBeNull();
  const row = await testDb.passwordResetToken.findFirstOrThrow({ where: { user: { email } } });
  expect(row.tokenHash).toBe(hashResetToken(token!));

  // The mail names the configured origin; the spec opens the same path on the server under test.
  await page.goto(`/reset-password#token=${token}`);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await expect(page).toHaveURL(/\/reset-password$/);
  expect(await violations(page)).toEqual([]);
  await page.getByLabel("New password").fill("password123");
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page.getByText(/most common passwords/)).toBeVisible();
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page.getByRole("status")).toContainText("every device that was signed in has been signed out");
  expect(await testDb.session.count({ where: { user: { email } } })).toBe(0);

  await otherPage.goto("/practice");
  await otherPage.waitForURL("**/signin**");
  await other.close();

  // The old password no longer works; the new one does.
  await page.getByRole("link", { name: "Sign in with your new password" }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  await signIn(page, email, NEW_PASSWORD);
  await signOut(page);

  // The same link a second time is refused, and says what to do.
  await page.goto(`/reset-password#token=${token}`);
  await page.getByLabel("New password").fill("yet another long passphrase");
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "expired or was already used" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Send a new link" })).toBeVisible();
});

test("an unknown email gets the same answer and no mail", async ({ page }) => {
  const known = await register(page);
  await signOut(page);
  const unknown = `nobody-${Date.now()}@example.com`;
  const answer = async (email: string) => {
    await page.goto("/forgot-password");
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Send the reset link" }).click();
    const status = page.getByRole("status").filter({ hasText: "If" });
    await expect(status).toBeVisible();
    return (await status.innerText()).replace(email, "EMAIL");
  };
  expect(await answer(unknown)).toBe(await answer(known));
  await inbox.waitFor(known);
  expect(inbox.messages.some((m) => m.to.includes(unknown))).toBe(false);
  expect(await testDb.passwordResetToken.count({ where: { user: { email: unknown } } })).toBe(0);
});

test("the reset page without a token says to open the mail's link", async ({ page }) => {
  await page.goto("/reset-password");
  await expect(page.getByRole("alert").filter({ hasText: "needs the link from your reset email" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Set the new password" })).toBeDisabled();
});
