import type { Choice, OrderStep } from "@/lib/content/question";
import type { QuestionType } from "@/lib/content/schema";
import { isChoiceAnswerCorrect, isOrderCorrect, orderPositionsCorrect } from "@/lib/practice/check-answer";
import type { QuizAnswer } from "./answer";

export interface ScorableQuestion {
  type: QuestionType;
  choices: Pick<Choice, "id" | "correct">[] | null;
  steps: Pick<OrderStep, "id">[] | null;
}

export type AnswerProblem = string;

/** Why an answer cannot belong to this question, or null when its shape and ids fit. */
export function answerProblem(question: ScorableQuestion, answer: QuizAnswer): AnswerProblem | null {
  if (question.type === "flashcard") return "text" in answer ? null : "This question takes a written answer.";
  if (question.type === "order") {
    if (!("order" in answer)) return "This question takes an ordering of its steps.";
    const ids = new Set(question.steps!.map((s) => s.id));
    const given = new Set(answer.order);
    const isPermutation = answer.order.length === ids.size && given.size === ids.size && answer.order.every((id) => ids.has(id));
    // An ordering still being built may be partial, but never repeat or invent a step.
    const isPartial = given.size === answer.order.length && answer.order.every((id) => ids.has(id));
    return isPermutation || isPartial ? null : "That ordering repeats a step or names one that is not in this question.";
  }
  if (!("choiceIds" in answer)) return "This question takes a choice of options.";
  const ids = new Set(question.choices!.map((c) => c.id));
  if (answer.choiceIds.some((id) => !ids.has(id))) return "That option does not belong to this question.";
  if (new Set(answer.choiceIds).size !== answer.choiceIds.length) return "An option was picked twice.";
  if (question.type !== "multi" && answer.choiceIds.length > 1) return "Pick only one option for this question.";
  return null;
}

/** Right or wrong for choice and ordering questions (all-or-nothing); null for free recall, graded by the learner. */
export function scoreAnswer(question: ScorableQuestion, answer: QuizAnswer | null): boolean | null {
  if (question.type === "flashcard") return null;
  if (!answer) return false;
  if (question.type === "order") {
    return "order" in answer && isOrderCorrect(answer.order, question.steps!.map((s) => s.id));
  }
  return "choiceIds" in answer && isChoiceAnswerCorrect(answer.choiceIds, question.choices!);
}

/** For the results page: which positions of an ordering were right. */
export function orderPositions(question: ScorableQuestion, answer: QuizAnswer | null): boolean[] {
  const order = answer && "order" in answer ? answer.order : [];
  return orderPositionsCorrect(order, (question.steps ?? []).map((s) => s.id));
}
