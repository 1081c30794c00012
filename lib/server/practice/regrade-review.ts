import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/app-error";
import { parseJsonColumn } from "@/lib/json-column";
import { DEFAULT_RETENTION, nextCard, type GradeValue } from "@/lib/srs/scheduler";
import { cardFieldsBeforeLog, prevFieldsOf } from "./card-row";

type Tx = Prisma.TransactionClient;

/**
 * Changes one recorded grade to another rating in place, as if it had been given then: the card is
 * replayed from the state that grade started from through every later grade of the card, each with the
 * parameters and retention its log recorded. Nothing is added to the log (no second review); each later
 * log's "before" fields are rewritten so undo still restores exactly.
 */
export async function regradeReview(tx: Tx, { userId, reviewId, rating, overruled }: { userId: string; reviewId: string; rating: GradeValue; overruled: boolean }) {
  const target = await tx.reviewLog.findFirst({ where: { id: reviewId, userId } });
  if (!target) throw new AppError("not_found", "There is no such grade.");
  const [state, history, params] = await Promise.all([
    tx.cardState.findUnique({ where: { userId_questionId: { userId, questionId: target.questionId } } }),
    tx.reviewLog.findMany({ where: { userId, questionId: target.questionId }, orderBy: [{ reviewedAt: "asc" }, { cardVersion: "asc" }] }),
    tx.fsrsParams.findMany({ where: { userId }, select: { id: true, weights: true } }),
  ]);
  if (!state) throw new AppError("conflict", "This card has no schedule to change.");
  const weightsOf = new Map(params.map((p) => [p.id, parseJsonColumn<number[]>(p.weights)]));
  const from = history.findIndex((log) => log.id === target.id);
  const replayed = history.slice(from);
  const version = state.version + 1;

  let card = cardFieldsBeforeLog(target);
  for (const [i, log] of replayed.entries()) {
    const config = { weights: log.paramsId ? (weightsOf.get(log.paramsId) ?? null) : null, desiredRetention: log.desiredRetention ?? DEFAULT_RETENTION };
    const isTarget = i === 0;
    const isLatest = i === replayed.length - 1;
    if (!isTarget) await tx.reviewLog.update({ where: { id: log.id }, data: prevFieldsOf(card) });
    card = nextCard(card, isTarget ? rating : log.rating, log.reviewedAt, config);
    if (isTarget || isLatest) {
      await tx.reviewLog.update({
        where: { id: log.id },
        data: { ...(isTarget ? { rating, overruled } : {}), ...(isLatest ? { cardVersion: version } : {}) },
      });
    }
  }
  // Only if nobody graded the card meanwhile; the caller's transaction is retried or refused otherwise.
  const { count } = await tx.cardState.updateMany({ where: { id: state.id, version: state.version }, data: { ...card, version } });
  if (count !== 1) throw new AppError("conflict", "This card was graded at the same moment; try again.");
  return card;
}
