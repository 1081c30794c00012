import { expect, test } from "@playwright/test";
import { testDb } from "../support/db";
import { PASSWORD, register } from "../support/flows";

test("changing the password keeps this tab signed in and signs out every other session", async ({ page, browser }) => {
  const email = await register(page);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto("/signin");
  await otherPage.getByLabel("Email").fill(email);
  await otherPage.getByLabel("Password").fill(PASSWORD);
  await otherPage.getByRole("button", { name: "Sign in" }).click();
  await otherPage.waitForURL("**/progress");

  await page.goto("/settings");
  await page.getByLabel("Current password").fill("not my password at all");
  await page.getByLabel("New password").fill("marble kettle orchard violin");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your current password is not right.")).toBeVisible();

  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("✓ Password changed. Other sessions have been signed out.")).toBeVisible();

  await page.goto("/practice");
  await expect(page).toHaveURL(/\/practice$/);
  await otherPage.goto("/practice");
  await otherPage.waitForURL("**/signin**");
  expect((await testDb.user.findUniqueOrThrow({ where: { email } })).sessionVersion).toBe(1);
  await other.close();
});

test("deleting the account needs the password and removes everything", async ({ page }) => {
  const email = await register(page);
  await page.goto("/settings");
  await page.getByLabel("Password", { exact: true }).fill("wrong password here");
  await page.getByLabel('Type "delete" to confirm').fill("delete");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("Your current password is not right.")).toBeVisible();
  expect(await testDb.user.count({ where: { email } })).toBe(1);

  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  expect(await testDb.user.count({ where: { email } })).toBe(0);
});
