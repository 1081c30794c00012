// Every server action refuses a caller without a session, unless it is listed public here. Actions
// are found by scanning app/ for "use server" files, so a new unguarded action fails this suite.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: () => Promise.resolve(null), requireUser: () => Promise.reject(new Error("no session")) }));

// Creating an account is the one thing a visitor without a session may do.
const PUBLIC_ACTIONS = new Set([
  "app/(auth)/register/actions.ts#registerAction",
  "app/(auth)/forgot-password/actions.ts#forgotPasswordAction",
  "app/(auth)/reset-password/actions.ts#resetPasswordAction",
]);

function actionFiles(dir = "app"): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return actionFiles(full);
    return /\.tsx?$/.test(name) && /^["']use server["']/m.test(readFileSync(full, "utf8")) ? [full] : [];
  });
}

describe("server actions", () => {
  it("refuse a caller without a session and change nothing", async () => {
    const user = await db.user.create({ data: { email: `victim-${Date.now()}@example.com`, passwordHash: "x" } });
    const before = JSON.stringify(await db.user.findMany({ orderBy: { id: "asc" } }));
    const form = new FormData();
    for (const [k, v] of Object.entries({ newCardsPerDay: "3", timeZone: "UTC", currentPassword: "x", newPassword: "orbit velvet canyon lamp", password: "x", confirm: "delete" })) form.set(k, v);
    let checked = 0;
    for (const file of actionFiles()) {
      const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
      for (const [name, action] of Object.entries(mod)) {
        if (typeof action !== "function" || PUBLIC_ACTIONS.has(`${file}#${name}`)) continue;
        const result = (await (action as (...args: unknown[]) => Promise<unknown>)(...(action.length >= 2 ? [{ status: "idle" }, form] : [form]))) as Record<string, unknown>;
        expect(result.ok === false || result.status === "error", `${file}#${name} ran without a session`).toBe(true);
        expect(String(result.message), `${file}#${name}`).toMatch(/session has ended/);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(await db.user.findMany({ orderBy: { id: "asc" } }))).toBe(before);
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
  });
});
