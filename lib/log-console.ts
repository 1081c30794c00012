import { formatWithOptions } from "node:util";
import { redact } from "./log";

type Sink = Pick<Console, "error" | "warn">;

const isJsonLine = (args: unknown[]) => args.length === 1 && typeof args[0] === "string" && args[0].startsWith('{"time":');

/**
 * Turns what Next (or a library) writes to console.error and console.warn into one JSON line each,
 * like the app's own logs, so a log pipeline never meets a multi-line stack trace. Lines that are
 * already ours pass through unchanged.
 */
export function jsonConsole(sink: Sink = console): void {
  for (const level of ["error", "warn"] as const) {
    const write = sink[level].bind(sink);
    sink[level] = (...args: unknown[]) => {
      if (isJsonLine(args)) return write(args[0]);
      const error = args.find((a): a is Error => a instanceof Error);
      const message = formatWithOptions({ colors: false, breakLength: Infinity }, ...args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : redact(a))));
      const fields = { error, stack: error?.stack, digest: (error as { digest?: unknown } | undefined)?.digest };
      write(JSON.stringify({ time: new Date().toISOString(), level, msg: "next", message: message.replace(/\s+/g, " ").trim().slice(0, 2000), ...(redact(fields) as object) }));
    };
  }
}
