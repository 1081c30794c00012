// Fits FSRS weights to one learner's whole review history at a time, in a child process at the lowest CPU priority:
// it reads the history over its own connection and hands the optimiser a CSV. Reading, converting,
// fitting and evaluating 100,000 reviews is seconds of CPU that must never slow the server's requests.
import { setPriority } from "node:os";

import { fsrsReviewCsv } from "../../learner/fsrs-review-csv.mjs";

/** [questionId, reviewed-at ms, rating, state before the review, duration ms] rows, oldest first. */
async function readHistory(url, userId) {
  if (/^postgres(ql)?:\/\//.test(url)) {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query({
        text: `SELECT "questionId", (EXTRACT(EPOCH FROM "reviewedAt") * 1000)::bigint::text AS "at", "rating", "prevState", "durationMs"
               FROM "ReviewLog" WHERE "userId" = $1 ORDER BY "reviewedAt", "id"`,
        values: [userId],
        rowMode: "array",
      });
      return rows.map(([q, at, rating, state, ms]) => [q, Number(at), rating, state, ms]);
    } finally {
      await client.end();
    }
  }
  const { createClient } = await import("@libsql/client");
  const client = createClient({ url });
  try {
    const result = await client.execute({
      sql: `SELECT "questionId", "reviewedAt", "rating", "prevState", "durationMs" FROM "ReviewLog" WHERE "userId" = ? ORDER BY "reviewedAt", "id"`,
      args: [userId],
    });
    return result.rows.map((r) => [r[0], Date.parse(r[1]), Number(r[2]), Number(r[3]), Number(r[4])]);
  } finally {
    client.close();
  }
}

const offsetFormatters = new Map();
/** Minutes east of UTC in a time zone at an instant, as the optimiser asks to place day boundaries. */
function offsetMinutes(ms, timeZone) {
  let format = offsetFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" });
    offsetFormatters.set(timeZone, format);
  }
  const name = format.formatToParts(ms).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === "+" ? minutes : -minutes;
}

// Lowest priority first, before any thread exists: the optimiser's own threads inherit it.
try {
  setPriority(19);
} catch {
  // Not permitted here: the fit simply runs at normal priority.
}

async function fit({ url, userId, timeZone, dayStartHour }) {
  try {
    // The binding's only 0.5.0 build is linux-x64-gnu; elsewhere npm installs the platform's 0.1.2 build, which must be refused, not loaded.
    process.env.NAPI_RS_ENFORCE_VERSION_CHECK ??= "1";
    // Loaded only now, so every thread the optimiser starts inherits the low priority.
    const { computeParameters, convertCsvToFsrsItems, FSRSBinding } = await import("@open-spaced-repetition/binding");
    const rows = await readHistory(url, userId);
    const items = convertCsvToFsrsItems(Buffer.from(fsrsReviewCsv(rows)), dayStartHour, timeZone, offsetMinutes);
    // timeout: 1 – the binding otherwise waits about 500 ms on every call.
    const weights = await computeParameters(items, { enableShortTerm: true, timeout: 1 });
    const fitted = new FSRSBinding(weights).evaluate(items);
    const defaults = new FSRSBinding().evaluate(items);
    return { ok: true, reviews: rows.length, weights, items: items.length, fitted, defaults };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, notEnoughData: /NotEnoughData/.test(message), reviews: 0, message };
  }
}

// Jobs arrive over IPC, not argv, so the database URL never shows in a process list. The server keeps this
// process for the next fit, one at a time, and closes the channel when it wants the process gone.
process.on("message", (job) => {
  void fit(job).then((result) => process.send(result));
});
process.once("disconnect", () => process.exit(0));
