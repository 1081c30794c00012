import "server-only";
import { visibleTo } from "./hidden-questions";
import type { Db } from "@/lib/db-client";
import { AppError } from "@/lib/http/app-error";
import { nextLocalMidnight } from "@/lib/time/local-day";
import type { MarkChange } from "@/lib/validation/library";

export interface QuestionMarks {
  note: string | null;
  flagged: boolean;
  suspended: boolean;
  buriedUntil: string | null;
}

const NONE: QuestionMarks = { note: null, flagged: false, suspended: false, buriedUntil: null };

const toMarks = (row: { note: string | null; flagged: boolean; suspendedAt: Date | null; buriedUntil: Date | null } | null, now: Date): QuestionMarks =>
  row
    ? { note: row.note, flagged: row.flagged, suspended: row.suspendedAt !== null, buriedUntil: row.buriedUntil && row.buriedUntil > now ? row.buriedUntil.toISOString() : null }
    : NONE;

const isQuestionId = (id: string) => /^[a-z0-9-]{1,200}$/.test(id);

/** This learner's marks on one question (none when they have made none). */
export async function getMarks(db: Db, { userId, questionId, now = new Date() }: { userId: string; questionId: string; now?: Date }): Promise<QuestionMarks> {
  if (!isQuestionId(questionId)) return NONE;
  return toMarks(await db.questionMark.findUnique({ where: { userId_questionId: { userId, questionId } } }), now);
}

/**
 * Changes the learner's own note, star, suspension or burial on a live question. Suspending and burying
 * never touch CardState, so the card comes back with its schedule intact. A burial lasts until the
 * learner's next local midnight.
 */
export async function setMark(db: Db, { userId, questionId, change, now = new Date() }: { userId: string; questionId: string; change: MarkChange; now?: Date }): Promise<QuestionMarks> {
  const notFound = new AppError("not_found", "That question does not exist or has been retired.");
  if (!isQuestionId(questionId)) throw notFound;
  const [question, user] = await Promise.all([
    db.question.findFirst({ where: { id: questionId, retiredAt: null, ...visibleTo(userId) }, select: { id: true } }),
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } }),
  ]);
  if (!question) throw notFound;
  const note = change.note === undefined ? undefined : change.note === null || change.note.trim() === "" ? null : change.note;
  const data = {
    ...(note !== undefined ? { note } : {}),
    ...(change.flagged !== undefined ? { flagged: change.flagged } : {}),
    ...(change.suspended !== undefined ? { suspendedAt: change.suspended ? now : null } : {}),
    ...(change.buried !== undefined ? { buriedUntil: change.buried ? nextLocalMidnight(now, user.timeZone) : null } : {}),
  };
  const row = await db.questionMark.upsert({
    where: { userId_questionId: { userId, questionId } },
    create: { userId, questionId, ...data },
    update: data,
  });
  return toMarks(row, now);
}

/** Marks for many questions at once, keyed by question id (practice cards, the list). */
export async function getMarksFor(db: Db, { userId, questionIds, now = new Date() }: { userId: string; questionIds: string[]; now?: Date }): Promise<Map<string, QuestionMarks>> {
  if (questionIds.length === 0) return new Map();
  const rows = await db.questionMark.findMany({ where: { userId, questionId: { in: questionIds } } });
  return new Map(rows.map((r) => [r.questionId, toMarks(r, now)]));
}
