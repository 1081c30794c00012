// Fits FSRS weights to one learner's review CSV off the main thread: converting and evaluating 100,000
// reviews takes about 0.4 s of synchronous work that would otherwise stall every other request.
import { parentPort, workerData } from "node:worker_threads";
import { computeParameters, convertCsvToFsrsItems, FSRSBinding } from "@open-spaced-repetition/binding";

const offsetFormatters = new Map();
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

const { csv, timeZone, dayStartHour } = workerData;
try {
  const items = convertCsvToFsrsItems(Buffer.from(csv), dayStartHour, timeZone, offsetMinutes);
  // timeout: 1 – the binding otherwise waits about 500 ms on every call.
  const weights = await computeParameters(items, { enableShortTerm: true, timeout: 1 });
  const fitted = new FSRSBinding(weights).evaluate(items);
  const defaults = new FSRSBinding().evaluate(items);
  parentPort.postMessage({ ok: true, weights, items: items.length, fitted, defaults });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  parentPort.postMessage({ ok: false, notEnoughData: /NotEnoughData/.test(message), message });
}
