import type { QuestionRecord } from "./question";
import { DIFFICULTIES, QUESTION_TYPES, TOPIC_IDS } from "./schema";

/** Subjects the syllabus names, counted through their tag, with the least the bank must hold of each. */
export const SUBJECT_MINIMUMS: Record<string, number> = {
  testing: 10,
  "object-oriented-design": 10,
  cloud: 10,
  linux: 10,
  git: 10,
  "ci-cd": 10,
  containers: 10,
  serverless: 10,
  monitoring: 10,
  privacy: 6,
  "case-study": 30,
  slo: 10,
  resilience: 10,
  concurrency: 10,
  kafka: 10,
  "storage-engines": 10,
  consensus: 10,
  deployment: 10,
  "real-time": 6,
  search: 6,
  "supply-chain": 5,
};

/** The bounds a bank must meet so that test-wise guessing does not beat knowledge. */
export const FAIRNESS_BOUNDS = {
  /** Single and code: the correct option strictly the longest, at most this share... */
  correctLongestShare: 0.3,
  /** ...and at least this one, or "never pick the longest" becomes the tell. */
  correctLongestMinShare: 0.15,
  /** Single and code: the correct option strictly the shortest, at most this share. */
  correctShortestShare: 0.3,
  /** Single and code: the correct option at least 1.4 times the longest distractor, at most this share. */
  correctDominantShare: 0.05,
  dominantRatio: 1.4,
  /** Multi-select: no single count of correct options covers more than this share. */
  multiCountShare: 0.45,
  /** Questions citing a primary source, at least this share. */
  sourcedShare: 0.9,
  minTotal: 750,
  minPerType: 60,
  minPerTopic: 60,
} as const;

/** Near 30/45/25 across the bank. */
export const DIFFICULTY_RANGE: Record<string, [number, number]> = { easy: [0.24, 0.36], medium: [0.39, 0.51], hard: [0.19, 0.31] };

export interface FairnessReport {
  total: number;
  singleAndCode: number;
  correctLongest: string[];
  correctShortest: string[];
  correctDominant: string[];
  /** Number of correct options → how many multi-select questions have it. */
  multiCorrectCounts: Map<number, number>;
  multiTotal: number;
  unsourced: string[];
  subjectCounts: Map<string, number>;
  typeCounts: Map<string, number>;
  topicCounts: Map<string, number>;
  difficultyCounts: Map<string, number>;
  /** Case studies whose answer and explanation do not work through every part of the estimate. */
  unworkedCaseStudies: string[];
}

/** What a case study's worked estimate must name: the load, the data, the traffic, the limit and its fix. */
export const CASE_STUDY_PARTS = [/\bQPS\b|requests? per second|writes? per second|reads? per second/i, /storage/i, /bandwidth/i, /bottleneck/i] as const;

const countBy = (questions: QuestionRecord[], keys: readonly string[], key: (q: QuestionRecord) => string) => {
  const counts = new Map<string, number>(keys.map((k) => [k, 0]));
  for (const q of questions) counts.set(key(q), (counts.get(key(q)) ?? 0) + 1);
  return counts;
};

// Length as a reader sees it: Markdown backticks and emphasis marks do not make an option look longer.
const visibleLength = (text: string) => text.replace(/[`*_]/g, "").replace(/\s+/g, " ").trim().length;

/** The figures behind the fairness bounds, computed over the whole bank. */
export function measureFairness(questions: QuestionRecord[]): FairnessReport {
  const correctLongest: string[] = [];
  const correctShortest: string[] = [];
  const correctDominant: string[] = [];
  const multiCorrectCounts = new Map<number, number>();
  let singleAndCode = 0;
  let multiTotal = 0;

  for (const q of questions) {
    if (!q.choices) continue;
    if (q.type === "multi") {
      multiTotal += 1;
      const count = q.choices.filter((c) => c.correct).length;
      multiCorrectCounts.set(count, (multiCorrectCounts.get(count) ?? 0) + 1);
      continue;
    }
    singleAndCode += 1;
    const correct = q.choices.find((c) => c.correct);
    if (!correct) continue;
    const wrongLengths = q.choices.filter((c) => !c.correct).map((c) => visibleLength(c.text));
    const longestWrong = Math.max(...wrongLengths);
    const length = visibleLength(correct.text);
    if (length > longestWrong) correctLongest.push(q.id);
    if (length < Math.min(...wrongLengths)) correctShortest.push(q.id);
    if (length >= FAIRNESS_BOUNDS.dominantRatio * longestWrong) correctDominant.push(q.id);
  }

  const subjectCounts = new Map<string, number>(Object.keys(SUBJECT_MINIMUMS).map((tag) => [tag, 0]));
  for (const q of questions) {
    for (const tag of q.tags) if (subjectCounts.has(tag)) subjectCounts.set(tag, subjectCounts.get(tag)! + 1);
  }

  return {
    total: questions.length,
    singleAndCode,
    correctLongest,
    correctShortest,
    correctDominant,
    multiCorrectCounts,
    multiTotal,
    unsourced: questions.filter((q) => !q.source?.trim()).map((q) => q.id),
    subjectCounts,
    typeCounts: countBy(questions, QUESTION_TYPES, (q) => q.type),
    topicCounts: countBy(questions, TOPIC_IDS, (q) => q.topicId),
    difficultyCounts: countBy(questions, DIFFICULTIES, (q) => q.difficulty),
    unworkedCaseStudies: questions
      .filter((q) => q.tags.includes("case-study"))
      .filter((q) => !CASE_STUDY_PARTS.every((part) => part.test(`${q.answer}\n${q.explanation}`)))
      .map((q) => q.id),
  };
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
const percent = (value: number) => `${(100 * value).toFixed(1)}%`;

/** One line per figure, each marked ok or over its bound. */
export function describeFairness(report: FairnessReport): { lines: string[]; problems: string[] } {
  const lines: string[] = [];
  const problems: string[] = [];
  const figure = (label: string, ok: boolean, text: string) => {
    lines.push(`${ok ? "ok  " : "FAIL"} ${label}: ${text}`);
    if (!ok) problems.push(`${label}: ${text}`);
  };
  const b = FAIRNESS_BOUNDS;

  const longest = share(report.correctLongest.length, report.singleAndCode);
  figure("correct option strictly the longest (single, code)", longest <= b.correctLongestShare && longest >= b.correctLongestMinShare,
    `${report.correctLongest.length} of ${report.singleAndCode} (${percent(longest)}, between ${percent(b.correctLongestMinShare)} and ${percent(b.correctLongestShare)})`);
  const shortest = share(report.correctShortest.length, report.singleAndCode);
  figure("correct option strictly the shortest (single, code)", shortest <= b.correctShortestShare,
    `${report.correctShortest.length} of ${report.singleAndCode} (${percent(shortest)}, bound ${percent(b.correctShortestShare)})`);
  const dominant = share(report.correctDominant.length, report.singleAndCode);
  figure(`correct option ≥ ${b.dominantRatio}× the longest distractor`, dominant <= b.correctDominantShare,
    `${report.correctDominant.length} of ${report.singleAndCode} (${percent(dominant)}, bound ${percent(b.correctDominantShare)})`);

  const counts = [...report.multiCorrectCounts.entries()].sort(([a], [b2]) => a - b2);
  const topShare = share(Math.max(0, ...counts.map(([, n]) => n)), report.multiTotal);
  figure("most common number of correct options (multi)", topShare <= b.multiCountShare,
    `${percent(topShare)} (bound ${percent(b.multiCountShare)}); ${counts.map(([k, n]) => `${k} correct: ${n}`).join(", ")}`);

  const sourced = share(report.total - report.unsourced.length, report.total);
  figure("questions citing a source", sourced >= b.sourcedShare,
    `${report.total - report.unsourced.length} of ${report.total} (${percent(sourced)}, bound ${percent(b.sourcedShare)})`);

  for (const [tag, count] of report.subjectCounts) {
    const minimum = SUBJECT_MINIMUMS[tag]!;
    figure(`subject "${tag}"`, count >= minimum, `${count} (at least ${minimum})`);
  }
  figure("case studies with QPS, storage, bandwidth and the bottleneck worked through", report.unworkedCaseStudies.length === 0,
    report.unworkedCaseStudies.length === 0 ? "all" : `missing in ${report.unworkedCaseStudies.join(", ")}`);

  figure("questions in the bank", report.total >= b.minTotal, `${report.total} (at least ${b.minTotal})`);
  for (const [type, count] of report.typeCounts) figure(`type ${type}`, count >= b.minPerType, `${count} (at least ${b.minPerType})`);
  for (const [topic, count] of report.topicCounts) figure(`topic ${topic}`, count >= b.minPerTopic, `${count} (at least ${b.minPerTopic})`);
  for (const [difficulty, [low, high]] of Object.entries(DIFFICULTY_RANGE)) {
    const part = share(report.difficultyCounts.get(difficulty) ?? 0, report.total);
    figure(`difficulty ${difficulty}`, part >= low && part <= high, `${percent(part)} (between ${percent(low)} and ${percent(high)})`);
  }
  return { lines, problems };
}
