// Prints a seeded random sample of the questions added since a commit, for an interviewer's read-through:
//   npx tsx scripts/content-sample.ts --seed 20261201 --count 60 --since 599160d
import { execFileSync } from "node:child_process";
import path from "node:path";
import { loadContent } from "../lib/content/load";
import { seededShuffle } from "../lib/practice/shuffle";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const seed = arg("seed", "20261201");
const count = Number(arg("count", "60"));
const since = arg("since", "HEAD");

const before = new Set(
  execFileSync("git", ["grep", "-h", "^  - id:", since, "--", "content"], { encoding: "utf8" })
    .split("\n")
    .map((line) => line.replace(/^.*- id:\s*/, "").trim())
    .filter(Boolean),
);
const { questions } = loadContent(path.resolve("content"));
const added = questions.filter((q) => !before.has(q.id)).sort((a, b) => a.id.localeCompare(b.id));
console.log(`${added.length} questions added since ${since}; sample of ${Math.min(count, added.length)} with seed ${seed}:`);
for (const q of seededShuffle(added, seed).slice(0, count)) console.log(`${q.id}\tcontent/${q.topicId}/${q.subtopic}.yaml\t${q.type}`);
