import { describe, expect, it } from "vitest";
import { JSON_BODY_LIMIT, readJson } from "./read-json";

const streamed = (text: string, chunk = 4096) =>
  new Request("http://x/", {
    method: "POST",
    duplex: "half",
    body: new ReadableStream({
      start(controller) {
        const bytes = new TextEncoder().encode(text);
        for (let i = 0; i < bytes.length; i += chunk) controller.enqueue(bytes.slice(i, i + chunk));
        controller.close();
      },
    }),
  } as RequestInit);
const declared = (text: string) => new Request("http://x/", { method: "POST", body: text, headers: { "content-length": String(new TextEncoder().encode(text).length) } });
const code = (promise: Promise<unknown>) => promise.then(() => "parsed", (error: { code?: string }) => error.code);

describe("readJson", () => {
  it("parses a body whether its length is declared or it arrives in chunks", async () => {
    expect(await readJson(declared('{"rating":3}'))).toEqual({ rating: 3 });
    expect(await readJson(streamed(JSON.stringify({ note: "é".repeat(5000) }), 7))).toEqual({ note: "é".repeat(5000) });
  });

  it("refuses a body over the cap, declared or only counted", async () => {
    const big = JSON.stringify({ note: "x".repeat(JSON_BODY_LIMIT) });
    expect(await code(readJson(declared(big)))).toBe("too_large");
    expect(await code(readJson(streamed(big)))).toBe("too_large");
  });

  it("refuses text that is not JSON or not UTF-8", async () => {
    expect(await code(readJson(declared("{rating:3}")))).toBe("invalid");
    const latin1 = new Request("http://x/", { method: "POST", body: new Uint8Array([0x22, 0xe9, 0x22]), headers: { "content-length": "3" } });
    expect(await code(readJson(latin1))).toBe("invalid");
  });
});
