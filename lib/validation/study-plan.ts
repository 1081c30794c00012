import { z } from "zod";
import { TOPIC_IDS } from "@/lib/content/schema";
import { MAX_RETENTION, MIN_RETENTION } from "@/lib/srs/scheduler";

/** Desired retention, the plan's topics and minutes, and whether the new-card limit follows the plan. */
export const studyPlanSchema = z.object({
  desiredRetention: z.coerce
    .number({ error: "Enter a desired retention between 0.75 and 0.97." })
    .min(MIN_RETENTION, `Desired retention is at least ${MIN_RETENTION}.`)
    .max(MAX_RETENTION, `Desired retention is at most ${MAX_RETENTION}.`)
    .transform((v) => Math.round(v * 100) / 100),
  minutesPerDay: z.coerce
    .number({ error: "Enter how many minutes a day you can study." })
    .int("Use whole minutes.")
    .min(5, "Plan at least 5 minutes a day.")
    .max(600, "Plan at most 600 minutes a day."),
  // None ticked means the interview covers every topic.
  interviewTopics: z.array(z.enum(TOPIC_IDS, { error: "Unknown topic." })).max(TOPIC_IDS.length),
  newCardsFollowPlan: z.boolean(),
});

export type StudyPlanInput = z.infer<typeof studyPlanSchema>;
