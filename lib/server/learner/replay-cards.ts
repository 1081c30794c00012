import "server-only";
import type { Db } from "@/lib/db-client";
import { parseJsonColumn } from "@/lib/json-column";
import type { CardFields } from "@/lib/srs/card";
import { replayGrades, type ReplayGrade } from "@/lib/srs/replay";
import { DEFAULT_RETENTION, isGrade } from "@/lib/srs/scheduler";

/**
 * Every card of a learner rebuilt from its ReviewLog alone, each grade scheduled by the parameter version
 * and retention the log recorded. Equal to CardState when the history is whole: the check behind exact replay.
 */
export async function replayCards(db: Db, { userId }: { userId: string }): Promise<Map<string, CardFields>> {
  const [logs, versions] = await Promise.all([
    db.reviewLog.findMany({
      where: { userId },
      orderBy: [{ reviewedAt: "asc" }, { cardVersion: "asc" }],
      select: { questionId: true, rating: true, reviewedAt: true, paramsId: true, desiredRetention: true },
    }),
    db.fsrsParams.findMany({ where: { userId }, select: { id: true, weights: true } }),
  ]);
  const weightsOf = new Map(versions.map((v) => [v.id, parseJsonColumn<number[]>(v.weights)]));
  const grades = new Map<string, ReplayGrade[]>();
  for (const log of logs) {
    if (!isGrade(log.rating)) throw new Error(`review of ${log.questionId} has rating ${log.rating}`);
    const config = {
      weights: log.paramsId ? (weightsOf.get(log.paramsId) ?? null) : null,
      desiredRetention: log.desiredRetention ?? DEFAULT_RETENTION,
    };
    const list = grades.get(log.questionId) ?? [];
    list.push({ rating: log.rating, reviewedAt: log.reviewedAt, config });
    grades.set(log.questionId, list);
  }
  const cards = new Map<string, CardFields>();
  for (const [questionId, list] of grades) {
    const { final } = replayGrades(list);
    if (final) cards.set(questionId, final);
  }
  return cards;
}
