import "server-only";
import type { CardFields } from "@/lib/srs/card";
import type { CardState } from "@/lib/generated/prisma/client";

export function cardFieldsFromRow(row: CardState): CardFields {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    lastReview: row.lastReview,
  };
}
