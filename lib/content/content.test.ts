import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "./load";
import type { QuestionRecord } from "./question";
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

  it("has at least two question types, free recall and single choice among them", () => {
    const types = new Set(questions.map((q) => q.type));
    expect(types).toContain("flashcard");
    expect(types).toContain("single");
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
