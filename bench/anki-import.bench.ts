// An Anki import of 10,000 notes with 100,000 revlog rows (anki21b, with zstd), end to end into the database:
// reading the package, converting the notes, replaying every card's history with ts-fsrs, and the one
// transaction that writes decks, cards, ReviewLog and CardState. Prints the time of each part and the
// process's peak RSS and heap. ANKI_DB=postgres runs it on PostgreSQL.
import { randomUUID } from "node:crypto";
import { freshBenchDatabase } from "./support/bench-db";
import { buildAnkiPackage, type FixtureReview } from "../tests/support/anki-packages";

const NOTES = 10_000;
const REVIEWS_PER_NOTE = 10;
const DAY = 86_400_000;

const provider = process.env.ANKI_DB === "postgres" ? "postgresql" : "sqlite";
const { db, cleanup } = await freshBenchDatabase(`bench-anki-${provider}`, provider);
const { readAnkiPackage } = await import("../lib/anki/read-package");
const { planImport } = await import("../lib/anki/import-plan");
const { importAnkiPackage } = await import("../lib/server/decks/import-anki");

const start = Date.now() - 400 * DAY;
const reviews: FixtureReview[] = [];
for (let note = 0; note < NOTES; note++) {
  for (let r = 0; r < REVIEWS_PER_NOTE; r++) {
    reviews.push({ note, ease: r % 7 === 3 ? 1 : 3, at: new Date(start + r * r * DAY + note * 1000), type: r === 0 ? 0 : 1, timeMs: 6000 });
  }
}
const data = await buildAnkiPackage(
  {
    notes: Array.from({ length: NOTES }, (_, i) => ({
      type: "basic" as const,
      fields: [`<div style="font-size: 20px"><b>Question ${i}</b>: what does <i>replication lag</i> cost?</div>`, `<ul><li>Stale reads</li><li>Lost writes on failover</li></ul><br>${i}`],
      tags: ["bench", `group-${i % 50}`],
      deck: `Bench::Part ${i % 5}`,
    })),
    reviews,
  },
  "anki21b",
);

let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};
const baseline = process.memoryUsage();
const sampler = setInterval(sample, 10);
const time = async <T>(fn: () => Promise<T> | T): Promise<[T, number]> => {
  const t = performance.now();
  const value = await fn();
  sample();
  return [value, performance.now() - t];
};

const [pkg, readMs] = await time(() => readAnkiPackage(data));
const [planned, planMs] = await time(() => planImport(pkg));
const user = await db.user.create({ data: { email: `bench-${randomUUID()}@example.com`, passwordHash: "x" } });
const [result, importMs] = await time(() => importAnkiPackage(db, { userId: user.id, data }));
clearInterval(sampler);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
console.log(
  `\nAnki import on ${provider}: ${NOTES.toLocaleString("en")} notes, ${reviews.length.toLocaleString("en")} revlog rows, package ${mb(data.length)}`,
);
console.table([
  { step: "read package (unzip, zstd, SQLite)", ms: Math.round(readMs) },
  { step: "convert notes and replay histories", ms: Math.round(planMs) },
  { step: "whole import into the database", ms: Math.round(importMs) },
]);
console.table([
  { memory: "RSS", before: mb(baseline.rss), peak: mb(peakRss) },
  { memory: "heap used", before: mb(baseline.heapUsed), peak: mb(peakHeap) },
]);
console.log(`stored ${result.created.toLocaleString("en")} cards in ${result.decks.length} decks, ${result.reviews.toLocaleString("en")} reviews; ${planned.length} decks planned`);
await cleanup();
