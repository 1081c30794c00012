// Validates every file under content/, prints the bank's fairness and coverage figures, and exits 1 on
// any problem or any figure out of bounds. `--offenders` also lists the questions behind each figure.
import path from "node:path";
import { describeFairness, measureFairness } from "../lib/content/fairness";
import { ContentError, loadContent } from "../lib/content/load";

const args = process.argv.slice(2);
const dir = path.resolve(args.find((a) => !a.startsWith("--")) ?? "content");
try {
  const { questions } = loadContent(dir);
  console.log(`content ok: ${questions.length} questions`);
  const report = measureFairness(questions);
  const { lines, problems } = describeFairness(report);
  for (const line of lines) console.log(line);
  if (args.includes("--offenders")) {
    console.log(`\ncorrect option strictly the longest:\n  ${report.correctLongest.join("\n  ")}`);
    console.log(`\ncorrect option strictly the shortest:\n  ${report.correctShortest.join("\n  ")}`);
    console.log(`\ncorrect option ≥ 1.4× the longest distractor:\n  ${report.correctDominant.join("\n  ")}`);
    console.log(`\nno source:\n  ${report.unsourced.join("\n  ")}`);
  }
  if (problems.length > 0) {
    console.error(`\n${problems.length} figure(s) out of bounds`);
    process.exit(1);
  }
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
