import { describe, expect, it } from "vitest";
import { registerAction } from "@/app/(auth)/register/actions";
import { db } from "@/lib/db";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe("registration", () => {
  it.each([
    ["too short", "short1", /at least 10 characters/],
    ["on the common list", "Password123", /most common passwords/],
    ["one repeated character", "aaaaaaaaaaaa", /repeats the same characters/],
    ["containing the email", "jordan-is-great-2026", /email address/],
  ])("refuses a password %s with a message that says what to do, and creates nothing", async (_label, password, message) => {
    const email = `jordan@t${Date.now()}.example.com`;
    const result = await registerAction(form({ email, password }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors.password).toMatch(message);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("creates an account with a strong password, and refuses the same email twice", async () => {
    const email = `strong-${Date.now()}@example.com`;
    expect(await registerAction(form({ email, password: "orbit velvet canyon lamp" }))).toEqual({ ok: true });
    const again = await registerAction(form({ email: email.toUpperCase(), password: "another long passphrase" }));
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.fieldErrors.email).toMatch(/already exists/);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.passwordHash).toMatch(/^scrypt\$/);
    expect(user.passwordHash).not.toContain("orbit");
  });
});
