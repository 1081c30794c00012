import { describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { decodeSessionToken } from "./session-token";

const secret = "session-token-test-secret-0123456789abcdef";

describe("decodeSessionToken", () => {
  it("reads a cookie next-auth encoded, with the key derived once", async () => {
    const token = await encode({ token: { sub: "u1", email: "a@example.com", sid: "s1" }, secret });
    const first = await decodeSessionToken({ token, secret });
    const again = await decodeSessionToken({ token, secret });
    expect(first).toMatchObject({ sub: "u1", email: "a@example.com", sid: "s1" });
    expect(again).toEqual(first);
  });

  it("refuses a cookie made with another secret, and a tampered one", async () => {
    const token = await encode({ token: { sub: "u1" }, secret });
    await expect(decodeSessionToken({ token, secret: `${secret}-other` })).rejects.toThrow();
    const [head, key, iv, body, tag] = token.split(".");
    const flipped = body!.slice(0, -2) + (body!.endsWith("AA") ? "BB" : "AA");
    await expect(decodeSessionToken({ token: [head, key, iv, flipped, tag].join("."), secret })).rejects.toThrow();
  });

  it("refuses an expired cookie", async () => {
    const token = await encode({ token: { sub: "u1" }, secret, maxAge: -60 });
    await expect(decodeSessionToken({ token, secret })).rejects.toThrow();
  });

  it("refuses a cookie that expired after it was first read", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const token = await encode({ token: { sub: "u1" }, secret, maxAge: 60 });
      expect(await decodeSessionToken({ token, secret })).toMatchObject({ sub: "u1" });
      vi.setSystemTime(Date.now() + 120_000);
      await expect(decodeSessionToken({ token, secret })).rejects.toThrow();
    } finally {
      vi.useRealTimers();
    }
  });

  it("hands each caller its own copy of the claims", async () => {
    const token = await encode({ token: { sub: "u1" }, secret });
    const first = (await decodeSessionToken({ token, secret }))!;
    first.sub = "someone-else";
    expect(await decodeSessionToken({ token, secret })).toMatchObject({ sub: "u1" });
  });

  it("has no token to read when the cookie is absent", async () => {
    expect(await decodeSessionToken({ token: undefined, secret })).toBeNull();
  });
});
