import "server-only";
import type { Db } from "@/lib/db-client";
import type { NextCardResult } from "@/lib/practice/types";
import { getMisconceptions } from "@/lib/server/learner/get-misconceptions";
import { RESTING_MS } from "./get-drill-card";
import { getLearnerScheduler } from "@/lib/server/learner/scheduler-config";
import { hiddenIds } from "@/lib/server/library/hidden-questions";
import { toPracticeCard } from "./to-practice-card";

/** Drill of the questions behind the learner's misconceptions, most repeated first; each rests once drilled. */
export async function getMisconceptionDrillCard(db: Db, { userId, now = new Date() }: { userId: string; now?: Date }): Promise<NextCardResult> {
  const [misconceptions, justDrilled, hidden] = await Promise.all([
    getMisconceptions(db, { userId }),
    db.reviewLog.findMany({ where: { userId, source: "drill", reviewedAt: { gt: new Date(now.getTime() - RESTING_MS) } }, select: { questionId: true } }),
    hiddenIds(db, userId, now),
  ]);
  const resting = new Set(justDrilled.map((r) => r.questionId));
  const queue = [...new Set(misconceptions.map((m) => m.questionId))].filter((id) => !resting.has(id) && !hidden.has(id));
  const counts = { due: queue.length, newAvailable: 0, unseen: 0 };
  const next = queue[0];
  if (!next) return { kind: "done", nextDueAt: null, counts };
  const question = await db.question.findUniqueOrThrow({ where: { id: next }, include: { topic: true } });
  const [state, scheduler] = await Promise.all([
    db.cardState.findUnique({ where: { userId_questionId: { userId, questionId: next } } }),
    getLearnerScheduler(db, userId),
  ]);
  return { kind: "card", card: toPracticeCard(question, state, userId, now, scheduler.config), counts };
}
