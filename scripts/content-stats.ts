// Prints the question count per topic, type and difficulty, then the fairness and coverage figures.
import path from "node:path";
import { loadContent } from "../lib/content/load";
import { describeFairness, measureFairness } from "../lib/content/fairness";
import { DIFFICULTIES, QUESTION_TYPES } from "../lib/content/schema";

const { topics, questions } = loadContent(path.resolve("content"));
const columns = [...QUESTION_TYPES, ...DIFFICULTIES, "total"] as const;
const rows = topics.map((topic) => {
  const mine = questions.filter((q) => q.topicId === topic.id);
  const cells = columns.map((col) =>
    col === "total" ? mine.length : mine.filter((q) => q.type === col || q.difficulty === col).length,
  );
  return [topic.id, ...cells.map(String)];
});
const totals = ["all", ...columns.map((col) => String(col === "total" ? questions.length : questions.filter((q) => q.type === col || q.difficulty === col).length))];
const table = [["topic", ...columns], ...rows, totals];
const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
for (const row of table) console.log(row.map((cell, i) => cell.padStart(widths[i]!)).join("  "));
console.log("");
for (const line of describeFairness(measureFairness(questions)).lines) console.log(line);
