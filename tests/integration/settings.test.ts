// Settings are validated strictly: an impossible date or an empty limit is an error, never a silent rewrite.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";

const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: null } }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: () => Promise.resolve(session.user) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { saveSettingsAction } = await import("@/app/(app)/settings/actions");

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries({ newCardsPerDay: "20", timeZone: "UTC", interviewDate: "", ...fields })) data.set(k, v);
  return data;
};

async function signedInUser() {
  const user = await db.user.create({ data: { email: `settings-${crypto.randomUUID()}@example.com`, passwordHash: "x", newCardsPerDay: 15 } });
  session.user = { id: user.id, email: user.email, name: null };
  return user;
}

describe("settings", () => {
  it.each([
    ["interviewDate", "2024-02-31", /real date/],
    ["interviewDate", "2023-02-29", /real date/],
    ["interviewDate", "0000-01-01", /real date/],
    ["interviewDate", "2024-13-01", /real date/],
    ["interviewDate", "2024-1-5", /real date/],
    ["newCardsPerDay", "", /whole number/],
    ["newCardsPerDay", "   ", /whole number/],
    ["newCardsPerDay", "1e2", /whole number/],
    ["newCardsPerDay", "-1", /cannot be negative/],
    ["newCardsPerDay", "501", /500 or fewer/],
  ])("refuse %s = %j with a field error and store nothing", async (field, value, message) => {
    const user = await signedInUser();
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    const state = await saveSettingsAction({ status: "idle" }, form({ [field]: value }));
    expect(state.status).toBe("error");
    expect(state.fieldErrors?.[field]).toMatch(message);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(before);
  });

  it("store a real leap day and a limit of 0 as given", async () => {
    const user = await signedInUser();
    expect((await saveSettingsAction({ status: "idle" }, form({ interviewDate: "2028-02-29", newCardsPerDay: "0" }))).status).toBe("saved");
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.interviewDate?.toISOString()).toBe("2028-02-29T12:00:00.000Z");
    expect(stored.newCardsPerDay).toBe(0);
  });
});
