import { z } from "zod";
import { TOPIC_IDS } from "@/lib/content/schema";
import { givenAnswerSchema } from "@/lib/learner/given-answer";

const ONE_DAY_MS = 24 * 60 * 60 * 1000;

export const topicFilterSchema = z.enum(TOPIC_IDS, { error: "Unknown topic." }).nullish();

// "drill" serves the weakest cards, "misconceptions" the questions whose wrong options keep being picked;
// both log their grades with the source "drill". "selection" serves a set chosen in the library (setId).
export const practiceModeSchema = z
  .enum(["practice", "drill", "misconceptions", "selection"], { error: 'mode must be "practice", "drill", "misconceptions" or "selection".' })
  .default("practice");

export const setIdSchema = z.string().regex(/^[a-z0-9]{1,40}$/, "setId names a selection made in the library.").nullish();

export type PracticeMode = z.infer<typeof practiceModeSchema>;

export const gradeRequestSchema = z.object({
  questionId: z.string({ error: "questionId is required." }).min(1).max(200),
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
    error: "rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).",
  }),
  clientKey: z.uuid({ error: "clientKey must be a UUID." }),
  durationMs: z.number().int().min(0).max(ONE_DAY_MS).default(0),
  answer: givenAnswerSchema.nullish(),
  // The card's version when it was shown (null: never graded); a grade of an older version came from another tab.
  cardVersion: z.number({ error: "cardVersion is the card's version as shown, or null." }).int().min(0).nullable().optional(),
  // The learner judged their answer right although it was scored wrong.
  overruled: z.boolean({ error: "overruled is true or false." }).default(false),
  topicId: topicFilterSchema,
  mode: practiceModeSchema,
  setId: setIdSchema,
});

export const undoRequestSchema = z.object({
  reviewId: z.string({ error: "reviewId is required." }).min(1).max(200),
  topicId: topicFilterSchema,
  mode: practiceModeSchema,
  setId: setIdSchema,
});

export type GradeRequest = z.infer<typeof gradeRequestSchema>;
