// Inputs a hostile or broken client sends. Every endpoint must answer each with a 4xx and a clear
// message: never a 500, never a stack trace.
const MEGABYTE = "x".repeat(1024 * 1024);

/** Strings that go into any field. */
export const HOSTILE_STRINGS: Record<string, string> = {
  empty: "",
  "1 MB string": MEGABYTE,
  "NUL bytes": "abc\u0000def\u0000",
  emoji: "🔥💾🧠👩🏽‍💻",
  "right-to-left override": "\u202Egnp.exe\u202C مرحبا",
  "SQL fragment": "' OR 1=1; DROP TABLE \"User\"; --",
  "HTML fragment": '<script>alert(1)</script><img src=x onerror=alert(2)>',
  "lone surrogate": "\uD800",
  "path traversal": "../../etc/passwd",
  "format string": "%s%s%n%x",
};

/** Whole JSON bodies of the wrong shape. */
export const HOSTILE_BODIES: Record<string, unknown> = {
  "null body": null,
  "a number": 42,
  "a string": "rating=3",
  "an array": [1, 2, 3],
  "empty object": {},
  "wrong types": { questionId: 123, rating: "3", clientKey: true, answer: "x", topicIds: "apis", count: "10", reviewId: [] },
  "nested too deep": JSON.parse(`${"{\"a\":".repeat(500)}1${"}".repeat(500)}`) as unknown,
  "prototype pollution": JSON.parse('{"__proto__": {"admin": true}, "constructor": {"prototype": {"admin": true}}}') as unknown,
  "huge array": { topicIds: Array.from({ length: 100_000 }, () => "apis"), choiceIds: Array.from({ length: 100_000 }, () => "a") },
  "numbers out of range": { rating: 1e308, count: -1, durationMs: Number.MAX_SAFE_INTEGER, timeLimitMinutes: 0.5 },
};

const encode = (text: string) => new TextEncoder().encode(text);
/** A JSON document `depth` levels deep: arrays (`[[[…]]]`) or objects (`{"a":{"a":…}}`). */
export const nestedJson = (depth: number, kind: "array" | "object" = "array") =>
  kind === "array" ? `${"[".repeat(depth)}${"]".repeat(depth)}` : `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
/** About `bytes` of nesting, the shape that once froze the server. */
export const nestedBody = (bytes: number) => encode(nestedJson(Math.floor(bytes / 2)));

/** Raw bytes that are not valid UTF-8 or not JSON at all, or are too deep or too big for any route. */
export const HOSTILE_RAW: Record<string, Uint8Array> = {
  "invalid UTF-8": new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0xfd, 0x22, 0x3a, 0x31, 0x7d]),
  "truncated JSON": new TextEncoder().encode('{"questionId": "apis-'),
  "binary noise": new Uint8Array([0x00, 0x01, 0x02, 0x80, 0x81, 0xc0, 0xc1, 0xf5]),
  "10 KB nested 5,000 deep": encode(nestedJson(5_000)),
  "arrays nested 100,000 deep": encode(nestedJson(100_000)),
  "objects nested 100,000 deep": encode(nestedJson(100_000, "object")),
  "10 MB nested body": nestedBody(10 * 1024 * 1024),
  "10 MB flat body": encode(JSON.stringify({ questionId: "x".repeat(10 * 1024 * 1024) })),
};

/** Path parameters whose percent-escapes do not decode (a lone %, a truncated or non-UTF-8 escape). */
export const BAD_PERCENT_ESCAPES = ["%", "%E0%A4%A", "%ZZ", "abc%2", "%C0%AF", "%ED%A0%80%"];

/** Every string placed in every field the endpoints read. */
export const bodiesWithString = (value: string) => ({
  questionId: value,
  rating: value,
  clientKey: value,
  reviewId: value,
  topicId: value,
  mode: value,
  topicIds: [value],
  count: value,
  difficulties: [value],
  answer: { text: value },
  flagged: value,
});

/**
 * Server-action calls a hand-made client can send in place of what Next's client encodes (a
 * multipart form whose field "0" lists the arguments, "$K1" naming the form). Sent with a real
 * action's id; every one must get a 4xx and change nothing.
 */
export const HOSTILE_ACTION_ENVELOPES: Record<string, { headers?: Record<string, string>; data?: string; multipart?: Record<string, string> }> = {
  "a JSON string where the form belongs": { headers: { "content-type": "text/plain;charset=UTF-8" }, data: '[{"status":"idle"},"newCardsPerDay=0"]' },
  "no arguments at all": { headers: { "content-type": "text/plain;charset=UTF-8" }, data: "[]" },
  "text that is not JSON": { headers: { "content-type": "text/plain;charset=UTF-8" }, data: "not json {" },
  "a JSON object": { headers: { "content-type": "application/json" }, data: '{"0":"x"}' },
  "a form without arguments": { multipart: { newCardsPerDay: "0" } },
  "a form whose arguments are not JSON": { multipart: { "0": "[{", "1_newCardsPerDay": "0" } },
  "a form whose arguments name no form": { multipart: { "0": '[{"status":"idle"},"x"]' } },
  "a broken multipart body": { headers: { "content-type": "multipart/form-data; boundary=zzz" }, data: '--zzz\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--yyy--' },
};

/** The Origin a cross-site request carries; state-changing routes and server actions refuse it. */
export const FOREIGN_ORIGIN = "https://evil.example";
