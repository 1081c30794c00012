import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { registerAction } from "@/app/(auth)/register/actions";
import { POST as grade } from "@/app/api/practice/grade/route";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { signInWithThrottle } from "@/lib/server/users/sign-in";
import { requestAs, sessionCookie } from "../support/auth";

function captureLogs() {
  const lines: string[] = [];
  const keep = (...args: unknown[]) => void lines.push(args.map(String).join(" "));
  vi.spyOn(console, "log").mockImplementation(keep);
  vi.spyOn(console, "error").mockImplementation(keep);
  vi.spyOn(console, "warn").mockImplementation(keep);
  return lines;
}

afterEach(() => {
  vi.restoreAllMocks();
  process.env.LOG_LEVEL = "warn";
});

describe("logs", () => {
  it("are one JSON line per request with its request id, and never hold passwords, hashes or session tokens", async () => {
    process.env.LOG_LEVEL = "info";
    const password = `correct horse ${randomUUID()}`;
    const email = `logs-${randomUUID()}@example.com`;
    const lines = captureLogs();
    const form = new FormData();
    form.set("email", email);
    form.set("password", password);
    expect(await registerAction(form)).toEqual({ ok: true });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    await signInWithThrottle(db, { email, password: "a wrong password", address: "203.0.113.5" });
    await signInWithThrottle(db, { email, password, address: "203.0.113.5" });

    const cookie = await sessionCookie(user);
    const token = cookie.slice("next-auth.session-token=".length);
    const requestId = randomUUID();
    const question = await db.question.findFirstOrThrow({ where: { retiredAt: null } });
    const req = await requestAs(user, "/api/practice/grade", { body: { questionId: question.id, rating: 3, clientKey: randomUUID() }, cookie });
    req.headers.set("x-request-id", requestId);
    expect((await grade(req, {})).status).toBe(200);
    await grade(await requestAs(user, "/api/practice/grade", { body: { questionId: question.id, rating: 9, clientKey: randomUUID() }, cookie }), {});
    log.info("an event someone logged carelessly", { password, user: { passwordHash: user.passwordHash, sessionToken: token }, cookie });

    expect(lines.length).toBeGreaterThanOrEqual(3);
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.find((r) => r.requestId === requestId)).toMatchObject({ msg: "request", method: "POST", path: "/api/practice/grade", status: 200, userId: user.id });
    expect(records.some((r) => r.status === 422)).toBe(true);
    const all = lines.join("\n");
    expect(all).not.toContain(password);
    expect(all).not.toContain(user.passwordHash);
    expect(all).not.toContain(token);
    expect(all).toContain("[redacted]");
  });

  it("carry a client's request id only when it has a safe shape, and a fresh one instead of anything else", async () => {
    process.env.LOG_LEVEL = "info";
    const user = await db.user.create({ data: { email: `rid-${randomUUID()}@example.com`, passwordHash: "x" } });
    const forged = ['abc","level":"error","msg":"forged', "x".repeat(5000), "<script>alert(1)</script>", "ok id with spaces", "short"];
    const lines = captureLogs();
    for (const id of [...forged, "trace-0123456789abcdef"]) {
      const req = await requestAs(user, "/api/practice/grade", { body: {} });
      req.headers.set("x-request-id", id);
      await grade(req, {});
    }
    const ids = lines.map((line) => (JSON.parse(line) as { requestId?: string }).requestId);
    expect(ids).toHaveLength(forged.length + 1);
    for (const [i, id] of ids.slice(0, forged.length).entries()) {
      expect(id).not.toBe(forged[i]);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(ids.at(-1)).toBe("trace-0123456789abcdef");
  });
});
