import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "./load";
import type { QuestionRecord } from "./question";
import { describeFairness, measureFairness, SUBJECT_MINIMUMS } from "./fairness";
import { findContentProblems, unlabelledFences } from "./rules";
import { TOPIC_IDS } from "./schema";

describe("the question bank in content/", () => {
  const { topics, questions } = loadContent(path.resolve("content"));

  it("loads with no problems, every topic present and in use", () => {
    expect(topics.map((t) => t.id)).toEqual([...TOPIC_IDS]);
    for (const id of ["apis", "databases", "http", "security", "dsa"]) {
      expect(questions.filter((q) => q.topicId === id).length, id).toBeGreaterThanOrEqual(8);
    }
  });

  it("meets every fairness and coverage bound: no option-length tell, varied multi-select counts, sources, subjects, types, topics", () => {
    const { lines, problems } = describeFairness(measureFairness(questions));
    expect(lines.length).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });

  it("mixes difficulty roughly 30/45/25 in every topic", () => {
    for (const topic of TOPIC_IDS) {
      const mine = questions.filter((q) => q.topicId === topic);
      const share = (d: string) => mine.filter((q) => q.difficulty === d).length / mine.length;
      expect(share("easy"), `${topic} easy`).toBeGreaterThan(0.2);
      expect(share("medium"), `${topic} medium`).toBeGreaterThan(0.35);
      expect(share("hard"), `${topic} hard`).toBeGreaterThan(0.15);
    }
  });

  it("gives every multiple-select question at least two options and a correct one, every ordering at least three steps", () => {
    for (const q of questions) {
      if (q.type === "multi") expect(q.choices!.length >= 2 && q.choices!.some((c) => c.correct), q.id).toBe(true);
      if (q.type === "order") expect(q.steps!.length, q.id).toBeGreaterThanOrEqual(3);
    }
  });
});

const base: QuestionRecord = {
  id: "x-one",
  topicId: "apis",
  subtopic: "rest",
  tags: [],
  difficulty: "easy",
  type: "single",
  prompt: "Which one?",
  answer: "B",
  explanation: "Because.",
  source: null,
  choices: [
    { id: "a", text: "A", correct: false, why: "Not A." },
    { id: "b", text: "B", correct: true, why: null },
    { id: "c", text: "C", correct: false, why: "Not C." },
  ],
  steps: null,
  code: null,
  position: 0,
};

describe("content rules", () => {
  it("accepts a well-formed question", () => {
    expect(findContentProblems([base])).toEqual([]);
  });

  it("flags duplicate ids and prompts", () => {
    const problems = findContentProblems([base, { ...base }]);
    expect(problems.some((p) => p.includes("duplicate id"))).toBe(true);
    expect(problems.some((p) => p.includes("same prompt"))).toBe(true);
  });

  it("needs exactly one correct choice for single and code questions", () => {
    const twoRight = { ...base, choices: base.choices!.map((c) => ({ ...c, correct: true, why: null })) };
    expect(findContentProblems([twoRight]).join()).toContain("exactly one correct");
  });

  it("needs a reason on every wrong choice", () => {
    const noWhy = { ...base, choices: base.choices!.map((c) => ({ ...c, why: null })) };
    expect(findContentProblems([noWhy]).join()).toContain('has no "why"');
  });

  it("needs a language on every fenced code block", () => {
    expect(unlabelledFences("```\ncode\n```")).toBe(1);
    expect(unlabelledFences("```sql\nSELECT 1;\n```\n\n```ts\nx\n```")).toBe(0);
    expect(findContentProblems([{ ...base, explanation: "```\nx\n```" }]).join()).toContain("does not name its language");
  });
});

describe("fairness figures", () => {
  const single = (id: string, lengths: [number, number, number], correctAt: number): QuestionRecord => ({
    ...base,
    id,
    prompt: id,
    choices: lengths.map((n, i) => ({ id: String.fromCharCode(97 + i), text: "x".repeat(n), correct: i === correctAt, why: i === correctAt ? null : "No." })),
  });

  it("counts a correct option that is strictly the longest, strictly the shortest, or 1.4 times the longest distractor", () => {
    const report = measureFairness([single("longest", [10, 20, 21], 2), single("dominant", [10, 10, 14], 2), single("shortest", [5, 9, 9], 0), single("tied", [9, 9, 3], 0)]);
    expect(report.correctLongest).toEqual(["longest", "dominant"]);
    expect(report.correctDominant).toEqual(["dominant"]);
    expect(report.correctShortest).toEqual(["shortest"]);
  });

  it("fails a bank where the longest option is always right, or never right, or every multi-select has three answers", () => {
    const alwaysLongest = Array.from({ length: 10 }, (_, i) => single(`q${i}`, [10, 20, 22], 2));
    expect(describeFairness(measureFairness(alwaysLongest)).problems.join("\n")).toMatch(/strictly the longest/);
    const neverLongest = Array.from({ length: 10 }, (_, i) => single(`q${i}`, [10, 22, 20], 2));
    expect(describeFairness(measureFairness(neverLongest)).problems.join("\n")).toMatch(/strictly the longest/);
    const pickThree: QuestionRecord[] = Array.from({ length: 10 }, (_, i) => ({
      ...base,
      id: `m${i}`,
      type: "multi",
      choices: ["a", "b", "c", "d"].map((id, j) => ({ id, text: id, correct: j < 3, why: j < 3 ? null : "No." })),
    }));
    expect(describeFairness(measureFairness(pickThree)).problems.join("\n")).toMatch(/correct options \(multi\)/);
  });

  it("counts subjects through their tags", () => {
    const tagged = measureFairness([{ ...base, tags: ["kafka", "resilience"] }, { ...base, id: "x-two", tags: ["kafka"] }]);
    expect(tagged.subjectCounts.get("kafka")).toBe(2);
    expect(tagged.subjectCounts.get("resilience")).toBe(1);
    expect(Object.keys(SUBJECT_MINIMUMS)).toContain("case-study");
  });
});
