import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";

// The action reads the client's address from the request headers, as scripts/server.mjs sets them.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: () => Promise.resolve(request.headers) }));
const { registerAction } = await import("@/app/(auth)/register/actions");

const fromAddress = (address: string) => {
  process.env.PEER_ADDRESS_FROM_SOCKET = "1";
  request.headers = new Headers({ "x-peer-address": address, "x-forwarded-for": "203.0.113.99" });
};
afterEach(() => {
  delete process.env.PEER_ADDRESS_FROM_SOCKET;
  request.headers = new Headers();
});

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

  it("creates an account with a strong password, and answers the same email again exactly as a new one, changing nothing", async () => {
    const email = `strong-${Date.now()}@example.com`;
    expect(await registerAction(form({ email, password: "orbit velvet canyon lamp" }))).toEqual({ ok: true });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const again = await registerAction(form({ email: email.toUpperCase(), password: "another long passphrase", name: "Mallory" }));
    const fresh = await registerAction(form({ email: `fresh-${Date.now()}@example.com`, password: "another long passphrase", name: "Mallory" }));
    expect(again).toEqual(fresh);
    expect(await db.user.count({ where: { email } })).toBe(1);
    const after = await db.user.findUniqueOrThrow({ where: { email } });
    expect(after).toEqual(user);
    expect(after.passwordHash).toMatch(/^scrypt\$/);
    expect(after.passwordHash).not.toContain("orbit");
    expect(await verifyPassword("orbit velvet canyon lamp", after.passwordHash)).toBe(true);
  });

  it("is limited per client address, with a message saying how long to wait; other addresses still register", async () => {
    const address = `198.51.100.${Math.floor(Math.random() * 250)}`;
    fromAddress(address);
    for (let i = 0; i < 10; i++) expect(await registerAction(form({ email: `many-${i}-${Date.now()}@example.com`, password: "orbit velvet canyon lamp" }))).toEqual({ ok: true });
    const email = `one-too-many-${Date.now()}@example.com`;
    const refused = await registerAction(form({ email, password: "orbit velvet canyon lamp" }));
    expect(refused).toEqual({ ok: false, fieldErrors: {}, formError: "Too many sign-ups from your network. Wait 60 minutes and try again." });
    expect(await db.user.count({ where: { email } })).toBe(0);
    // The limit keys on the socket's address, not on X-Forwarded-For, which every one of these sent the same.
    fromAddress("192.0.2.200");
    expect(await registerAction(form({ email, password: "orbit velvet canyon lamp" }))).toEqual({ ok: true });
  });

  it("counts a parallel burst from one address before hashing any password", async () => {
    fromAddress(`203.0.113.${Math.floor(Math.random() * 250)}`);
    const results = await Promise.all(Array.from({ length: 25 }, (_, i) => registerAction(form({ email: `burst-${i}-${Date.now()}@example.com`, password: "orbit velvet canyon lamp" }))));
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    expect(results.filter((r) => !r.ok && /Too many sign-ups/.test(r.formError ?? ""))).toHaveLength(15);
  });
});
