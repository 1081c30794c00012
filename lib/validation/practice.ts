import { z } from "zod";
import { TOPIC_IDS } from "@/lib/content/schema";

const ONE_DAY_MS = 24 * 60 * 60 * 1000;

export const topicFilterSchema = z.enum(TOPIC_IDS, { error: "Unknown topic." }).nullish();

// "drill" serves the weakest cards and logs its grades with its own source.
export const practiceModeSchema = z.enum(["practice", "drill"], { error: 'mode must be "practice" or "drill".' }).default("practice");

export const gradeRequestSchema = z.object({
  questionId: z.string({ error: "questionId is required." }).min(1).max(200),
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
    error: "rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).",
  }),
  clientKey: z.uuid({ error: "clientKey must be a UUID." }),
  durationMs: z.number().int().min(0).max(ONE_DAY_MS).default(0),
  topicId: topicFilterSchema,
  mode: practiceModeSchema,
});

export const undoRequestSchema = z.object({
  reviewId: z.string({ error: "reviewId is required." }).min(1).max(200),
  topicId: topicFilterSchema,
  mode: practiceModeSchema,
});

export type GradeRequest = z.infer<typeof gradeRequestSchema>;
