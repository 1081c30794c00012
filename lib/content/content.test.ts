import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "./load";
import type { QuestionRecord } from "./question";
import { findContentProblems, unlabelledFences } from "./rules";
import { QUESTION_TYPES, TOPIC_IDS } from "./schema";

describe("the question bank in content/", () => {
  const { topics, questions } = loadContent(path.resolve("content"));

  it("loads with no problems, every topic present and in use", () => {
    expect(topics.map((t) => t.id)).toEqual([...TOPIC_IDS]);
    for (const id of ["apis", "databases", "http", "security", "dsa"]) {
      expect(questions.filter((q) => q.topicId === id).length, id).toBeGreaterThanOrEqual(8);
    }
  });

  it("covers each topic at least as deeply as the bank promises", () => {
    const minimum = { apis: 60, databases: 60, http: 60, security: 60, dsa: 60, architecture: 30 };
    for (const [topic, count] of Object.entries(minimum)) {
      expect(questions.filter((q) => q.topicId === topic).length, topic).toBeGreaterThanOrEqual(count);
    }
  });

  it("has at least 25 questions of each of the five types", () => {
    for (const type of QUESTION_TYPES) {
      expect(questions.filter((q) => q.type === type).length, type).toBeGreaterThanOrEqual(25);
    }
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
