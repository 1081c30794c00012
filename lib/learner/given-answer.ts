import { z } from "zod";

/** What a learner gave on a choice or ordering question, as stored on their ReviewLog. */
export const givenAnswerSchema = z.union([
  z.object({ choiceIds: z.array(z.string().min(1).max(8)).max(10) }).strict(),
  z.object({ order: z.array(z.string().min(1).max(8)).max(10) }).strict(),
]);

export type GivenAnswer = z.infer<typeof givenAnswerSchema>;

/** The wrong options a given answer picked: the raw material of a misconception. */
export function wrongPicks(answer: GivenAnswer | null, choices: readonly { id: string; correct: boolean }[] | null): string[] {
  if (!answer || !("choiceIds" in answer) || !choices) return [];
  const wrong = new Set(choices.filter((c) => !c.correct).map((c) => c.id));
  return answer.choiceIds.filter((id) => wrong.has(id));
}
