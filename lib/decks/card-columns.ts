import { choiceIdAt, type Choice, type CodeSnippet, type OrderStep } from "@/lib/content/question";
import type { OwnCard } from "@/lib/validation/decks";

/** The Question columns an own card is stored in, in the same shapes the seed writes for bank questions. */
export function ownCardColumns(card: OwnCard) {
  const hasChoices = card.type === "single" || card.type === "multi" || card.type === "code";
  const choices: Choice[] | null = hasChoices
    ? card.choices.map((c, i) => ({ id: choiceIdAt(i), text: c.text, correct: c.correct, why: c.why || null }))
    : null;
  const steps: OrderStep[] | null = card.type === "order" ? card.steps.map((text, i) => ({ id: String(i + 1), text })) : null;
  const code: CodeSnippet | null = card.type === "code" && card.code ? card.code : null;
  return {
    type: card.type,
    difficulty: card.difficulty,
    tags: JSON.stringify([...new Set(card.tags)]),
    prompt: card.prompt,
    answer: card.answer,
    explanation: card.explanation,
    choices: choices ? JSON.stringify(choices) : null,
    steps: steps ? JSON.stringify(steps) : null,
    code: code ? JSON.stringify(code) : null,
  };
}

/** The stored columns back to the form's shape, for editing. */
export function ownCardFromColumns(q: {
  type: string;
  difficulty: string;
  tags: string;
  prompt: string;
  answer: string;
  explanation: string;
  choices: string | null;
  steps: string | null;
  code: string | null;
}): OwnCard {
  const choices = q.choices ? (JSON.parse(q.choices) as Choice[]) : [];
  const steps = q.steps ? (JSON.parse(q.steps) as OrderStep[]) : [];
  return {
    type: q.type as OwnCard["type"],
    difficulty: q.difficulty as OwnCard["difficulty"],
    tags: JSON.parse(q.tags) as string[],
    prompt: q.prompt,
    answer: q.answer,
    explanation: q.explanation,
    choices: choices.map((c) => ({ text: c.text, correct: c.correct, why: c.why ?? "" })),
    steps: steps.map((s) => s.text),
    code: q.code ? (JSON.parse(q.code) as OwnCard["code"]) : null,
  };
}
