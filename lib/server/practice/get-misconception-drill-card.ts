import "server-only";
import type { Db } from "@/lib/db-client";
import type { NextCardResult } from "@/lib/practice/types";
import { getMisconceptions } from "@/lib/server/learner/get-misconceptions";
import { hiddenIds } from "@/lib/server/library/hidden-questions";
import { drillCardFor, restingQuestionIds } from "./get-drill-card";

/** Drill of the questions behind the learner's misconceptions, most repeated first; each rests once drilled. */
export async function getMisconceptionDrillCard(db: Db, { userId, now = new Date() }: { userId: string; now?: Date }): Promise<NextCardResult> {
  const [misconceptions, resting, hidden] = await Promise.all([
    getMisconceptions(db, { userId }),
    restingQuestionIds(db, userId, now),
    hiddenIds(db, userId, now),
  ]);
  const queue = [...new Set(misconceptions.map((m) => m.questionId))].filter((id) => !resting.has(id) && !hidden.has(id));
  const counts = { due: queue.length, newAvailable: 0, unseen: 0 };
  const next = queue[0];
  if (!next) return { kind: "done", nextDueAt: null, counts };
  return { kind: "card", card: await drillCardFor(db, { userId, questionId: next, now }), counts };
}
