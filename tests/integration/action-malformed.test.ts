// The signed-in forms (settings, change password, delete account) against the malformed-input corpus.
import { describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { HOSTILE_STRINGS } from "../corpus/malformed-inputs";

const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: null } }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: () => Promise.resolve(session.user) }));

const { saveSettingsAction } = await import("@/app/(app)/settings/actions");
const { changePasswordAction, deleteAccountAction } = await import("@/app/(app)/settings/account-actions");
const { registerAction } = await import("@/app/(auth)/register/actions");

// What a hand-made call can put where a form belongs: Next decodes the arguments from the request as sent.
const NOT_FORMS: [string, unknown][] = [
  ["a string", "email=a@example.com"],
  ["null", null],
  ["nothing", undefined],
  ["a list", ["a", "b"]],
  ["an object with get", { get: () => "x" }],
  ["a number", 42],
];

describe("signed-in forms with malformed input", () => {
  it("answer every hostile value with a clear field error and change nothing", async () => {
    const user = await db.user.create({ data: { email: `forms-${Date.now()}@example.com`, passwordHash: await hashPassword("orbit velvet canyon lamp") } });
    session.user = { id: user.id, email: user.email, name: null };
    const before = JSON.stringify(await db.user.findUniqueOrThrow({ where: { id: user.id } }));
    for (const [name, value] of Object.entries(HOSTILE_STRINGS)) {
      const form = new FormData();
      for (const field of ["newCardsPerDay", "timeZone", "interviewDate", "currentPassword", "newPassword", "password", "confirm"]) form.set(field, value);
      const settings = await saveSettingsAction({ status: "idle" }, form);
      expect(settings.status, name).toBe("error");
      expect(Object.values(settings.fieldErrors ?? {}).join(" "), name).toMatch(/\w{3,}/);
      for (const action of [changePasswordAction, deleteAccountAction]) {
        const result = await action(form);
        expect(result.ok, name).toBe(false);
      }
    }
    expect(JSON.stringify(await db.user.findUniqueOrThrow({ where: { id: user.id } }))).toBe(before);
  });

  it("answer a call whose argument is not a form with a plain failure instead of throwing, and change nothing", async () => {
    const user = await db.user.create({ data: { email: `notform-${Date.now()}@example.com`, passwordHash: await hashPassword("orbit velvet canyon lamp") } });
    session.user = { id: user.id, email: user.email, name: null };
    const before = JSON.stringify(await db.user.findUniqueOrThrow({ where: { id: user.id } }));
    const users = await db.user.count();
    for (const [name, arg] of NOT_FORMS) {
      const settings = await saveSettingsAction({ status: "idle" }, arg as FormData);
      expect(settings, name).toMatchObject({ status: "error", message: expect.stringMatching(/takes a form/) as unknown });
      for (const action of [changePasswordAction, deleteAccountAction]) expect(await action(arg as FormData), name).toMatchObject({ ok: false, message: expect.stringMatching(/takes a form/) as unknown });
      expect(await registerAction(arg as FormData), name).toMatchObject({ ok: false, formError: expect.stringMatching(/takes a form/) as unknown });
    }
    expect(JSON.stringify(await db.user.findUniqueOrThrow({ where: { id: user.id } }))).toBe(before);
    expect(await db.user.count()).toBe(users);
  });
});
