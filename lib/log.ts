// Structured logs: one JSON line per event. Secrets never reach them: keys that name one are masked.
const SECRET_KEY = /pass(word)?|hash|token|secret|cookie|authorization|session|csrf/i;

export type LogFields = Record<string, unknown>;

export function redact(value: unknown, depth = 0): unknown {
  if (depth > 5 || value === null || typeof value !== "object") return value;
  if (value instanceof Error) return { name: value.name, message: value.message };
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) ? "[redacted]" : redact(v, depth + 1)]));
}

const LEVELS = { info: 0, warn: 1, error: 2, silent: 3 } as const;
type Level = Exclude<keyof typeof LEVELS, "silent">;

// LOG_LEVEL=warn (or silent) quiets per-request lines, for benchmarks.
const threshold = () => LEVELS[(process.env.LOG_LEVEL as keyof typeof LEVELS | undefined) ?? "info"] ?? 0;

function write(level: Level, msg: string, fields: LogFields) {
  if (LEVELS[level] < threshold()) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...(redact(fields) as LogFields) });
  if (level === "error") console.error(line);
  else console.log(line);
}

export const log = {
  info: (msg: string, fields: LogFields = {}) => write("info", msg, fields),
  warn: (msg: string, fields: LogFields = {}) => write("warn", msg, fields),
  error: (msg: string, fields: LogFields = {}) => write("error", msg, fields),
};
