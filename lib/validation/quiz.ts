import { z } from "zod";
import { DIFFICULTIES, TOPIC_IDS } from "@/lib/content/schema";
import { quizAnswerSchema } from "@/lib/quiz/answer";

export const QUIZ_MIN_QUESTIONS = 5;
export const QUIZ_MAX_QUESTIONS = 50;

const topic = z.enum(TOPIC_IDS, { error: (issue) => `Unknown topic "${String(issue.input)}".` });

export const createQuizSchema = z
  .object({
    topicIds: z.array(topic, { error: "Choose at least one topic or deck." }).max(TOPIC_IDS.length),
    // The learner's own decks, chosen alongside (or instead of) the topics.
    deckIds: z
      .array(z.string().regex(/^[a-z0-9]{1,40}$/, "Unknown deck."), { error: "Decks are a list of deck ids." })
      .max(50, "Choose at most 50 decks.")
      .default([]),
    count: z
      .number({ error: "Choose how many questions." })
      .int("Use a whole number of questions.")
      .min(QUIZ_MIN_QUESTIONS, `A quiz has at least ${QUIZ_MIN_QUESTIONS} questions.`)
      .max(QUIZ_MAX_QUESTIONS, `A quiz has at most ${QUIZ_MAX_QUESTIONS} questions.`),
    difficulties: z.array(z.enum(DIFFICULTIES, { error: "Unknown difficulty." })).max(3).default([]),
    timeLimitMinutes: z
      .number({ error: "Choose a time limit in minutes." })
      .int("Use whole minutes for the time limit.")
      .min(1, "The time limit is at least 1 minute.")
      .max(120, "The time limit is at most 120 minutes.")
      .optional(),
  })
  .strict()
  .refine((body) => body.topicIds.length + body.deckIds.length > 0, { message: "Choose at least one topic or deck.", path: ["topicIds"] });

export const saveAnswerSchema = z
  .object({
    questionId: z.string({ error: "questionId is required." }).min(1).max(200),
    answer: quizAnswerSchema.nullable().optional(),
    flagged: z.boolean().optional(),
    // Time spent on this question so far, summed over visits; a slow right answer counts as Hard.
    timeSpentMs: z.number().int().min(0).max(2 * 60 * 60 * 1000).optional(),
  })
  .strict()
  .refine((body) => body.answer !== undefined || body.flagged !== undefined, "Send an answer, a flag, or both.");

export const selfGradeSchema = z
  .object({
    questionId: z.string({ error: "questionId is required." }).min(1).max(200),
    rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
      error: "rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).",
    }),
  })
  .strict();

export type CreateQuizInput = z.infer<typeof createQuizSchema>;
