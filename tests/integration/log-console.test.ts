// Next's own console output (errors with stacks, warnings) becomes one JSON line each, like ours.
import { describe, expect, it } from "vitest";
import { log } from "@/lib/log";
import { jsonConsole } from "@/lib/log-console";

function fakeConsole() {
  const lines: string[] = [];
  const sink = { error: (...args: unknown[]) => void lines.push(args.map(String).join(" ")), warn: (...args: unknown[]) => void lines.push(args.map(String).join(" ")) };
  jsonConsole(sink);
  return { sink, lines };
}

describe("console output from Next and libraries", () => {
  it("is written as one JSON line per call, stack and all, with secrets masked", () => {
    const { sink, lines } = fakeConsole();
    const error = Object.assign(new Error("Invalid Server Actions request."), { digest: "1234" });
    sink.error(" ⨯", error);
    sink.error("`x-forwarded-host` header with value `evil` does not match `origin`.\nAborting the action.");
    sink.warn("Request body exceeded 1MB", { cookie: "next-auth.session-token=abc" });
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).not.toContain("\n");
    const [first, second, third] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(first).toMatchObject({ level: "error", msg: "next", message: "⨯ Error: Invalid Server Actions request.", digest: "1234", error: { name: "Error", message: "Invalid Server Actions request." } });
    expect(String(first!.stack)).toContain("log-console.test.ts");
    expect(second).toMatchObject({ level: "error", message: expect.stringContaining("Aborting the action.") as unknown });
    expect(third).toMatchObject({ level: "warn" });
    expect(lines[2]).not.toContain("session-token=abc");
  });

  it("passes the app's own JSON lines through unchanged", () => {
    const { sink, lines } = fakeConsole();
    const line = JSON.stringify({ time: new Date().toISOString(), level: "error", msg: "unhandled error" });
    sink.error(line);
    expect(lines).toEqual([line]);
  });

  it("is switched on for the server by instrumentation.ts", async () => {
    const original = { error: console.error, warn: console.warn };
    const lines: string[] = [];
    console.error = (...args: unknown[]) => void lines.push(args.map(String).join(" "));
    process.env.NEXT_RUNTIME = "nodejs";
    try {
      const { register } = await import("@/instrumentation");
      await register();
      console.error(new TypeError("formData.get is not a function"));
      process.env.LOG_LEVEL = "error";
      log.error("ours");
      expect(lines.map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual(["next", "ours"]);
    } finally {
      Object.assign(console, original);
      delete process.env.NEXT_RUNTIME;
      process.env.LOG_LEVEL = "warn";
    }
  });
});
