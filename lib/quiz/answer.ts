import { z } from "zod";

/** What a learner gave for one quiz question, by question type. */
export const quizAnswerSchema = z.union([
  z.object({ choiceIds: z.array(z.string().min(1).max(8)).max(10) }).strict(),
  z.object({ order: z.array(z.string().min(1).max(8)).max(10) }).strict(),
  z.object({ text: z.string().max(5000, "Keep your answer under 5,000 characters.") }).strict(),
]);

export type QuizAnswer = z.infer<typeof quizAnswerSchema>;
