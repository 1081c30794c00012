import "server-only";
import type { Db } from "@/lib/db-client";
import { parseJsonColumn } from "@/lib/json-column";
import { givenAnswerSchema, type GivenAnswer } from "@/lib/learner/given-answer";

const SHOWN = 20;

export interface AnswerRecord {
  reviewedAt: Date;
  source: string;
  rating: number;
  durationMs: number;
  given: GivenAnswer | null;
}

/** The learner's own reviews of one question, newest first, with what they answered when it was stored. */
export async function getAnswerHistory(db: Db, { userId, questionId }: { userId: string; questionId: string }): Promise<AnswerRecord[]> {
  const logs = await db.reviewLog.findMany({
    where: { userId, questionId },
    orderBy: { reviewedAt: "desc" },
    take: SHOWN,
    select: { reviewedAt: true, source: true, rating: true, durationMs: true, answer: true },
  });
  return logs.map(({ answer, ...log }) => {
    const parsed = givenAnswerSchema.safeParse(parseJsonColumn<unknown>(answer));
    return { ...log, given: parsed.success ? parsed.data : null };
  });
}
