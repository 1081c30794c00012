import "server-only";
import type { Db } from "@/lib/db-client";
import { AppError } from "@/lib/http/app-error";
import type { NextCardResult } from "@/lib/practice/types";
import type { LibraryFilters } from "@/lib/validation/library";
import { getLearnerScheduler } from "@/lib/server/learner/scheduler-config";
import { toPracticeCard } from "@/lib/server/practice/to-practice-card";
import { studyableBy, visibleTo } from "./hidden-questions";
import { labelled, withDeckName } from "@/lib/server/decks/own-live-card";
import { selectLibraryIds } from "./search-library";

/** The most questions one selection may hold: a whole 5,000-question bank would be a plain practice session. */
export const MAX_SELECTION = 2_000;

type SelectionFilters = Omit<LibraryFilters, "page">;

/** A short description of the list a selection came from, shown while practising it. */
export function selectionLabel(filters: SelectionFilters, deckName?: string): string {
  const parts: string[] = [];
  if (deckName) parts.push(`deck: ${deckName}`);
  if (filters.q?.trim()) parts.push(`“${filters.q.trim()}”`);
  for (const key of ["topic", "subtopic", "type", "difficulty", "tag", "state"] as const) if (filters[key]) parts.push(String(filters[key]).replace(/-/g, " "));
  if (filters.flagged) parts.push("flagged");
  if (filters.note) parts.push("with a note");
  if (filters.failed) parts.push("failed this week");
  if (filters.recall !== undefined) parts.push(`recall < ${filters.recall}%`);
  return (parts.join(" · ") || "all questions").slice(0, 200);
}

/** The questions the filters select that may be studied: suspended ones never are. */
async function studyableSelection(db: Db, userId: string, filters: SelectionFilters, now: Date): Promise<string[]> {
  const ids = await selectLibraryIds(db, { userId, filters: { ...filters, suspended: false }, now, limit: MAX_SELECTION });
  if (ids.length === 0) return [];
  const suspended = new Set(
    (await db.questionMark.findMany({ where: { userId, questionId: { in: ids }, suspendedAt: { not: null } }, select: { questionId: true } })).map((m) => m.questionId),
  );
  return ids.filter((id) => !suspended.has(id));
}

/** Stores the selection a learner chose to practise; the session serves exactly these cards. */
export async function createStudySet(db: Db, { userId, filters, now = new Date() }: { userId: string; filters: SelectionFilters; now?: Date }) {
  const ids = await studyableSelection(db, userId, filters, now);
  if (ids.length === 0) throw new AppError("invalid", "No question in this list can be practised: it is empty, or every question in it is suspended.");
  const set = await db.studySet.create({ data: { userId, questionIds: JSON.stringify(ids), label: selectionLabel(filters, filters.deck ? (await db.deck.findFirst({ where: { id: filters.deck, userId }, select: { name: true } }))?.name : undefined), createdAt: now }, select: { id: true } });
  return { id: set.id, count: ids.length };
}

export { studyableSelection };

export async function getStudySet(db: Db, { userId, setId }: { userId: string; setId: string }) {
  const set = await db.studySet.findFirst({ where: { id: setId, userId } });
  if (!set) throw new AppError("not_found", "That selection does not exist. Choose the questions again in the library.");
  return { ...set, questionIds: JSON.parse(set.questionIds) as string[] };
}

/**
 * The next card of a selection: due ones first (most overdue first), then the never-seen ones in the
 * list's order (outside the daily new-card limit), then the rest not yet practised in this session.
 * Suspended and buried cards are skipped.
 */
export async function getStudySetCard(db: Db, { userId, setId, now = new Date() }: { userId: string; setId: string; now?: Date }): Promise<NextCardResult> {
  const set = await getStudySet(db, { userId, setId });
  const [questions, states, practised, scheduler] = await Promise.all([
    db.question.findMany({ where: { id: { in: set.questionIds }, retiredAt: null, AND: [studyableBy(userId, now), visibleTo(userId)] }, select: { id: true } }),
    db.cardState.findMany({ where: { userId, questionId: { in: set.questionIds } }, select: { questionId: true, due: true } }),
    db.reviewLog.findMany({ where: { userId, source: "selection", reviewedAt: { gte: set.createdAt }, questionId: { in: set.questionIds } }, select: { questionId: true } }),
    getLearnerScheduler(db, userId),
  ]);
  const open = new Set(questions.map((q) => q.id));
  const dueAt = new Map(states.map((s) => [s.questionId, s.due]));
  const done = new Set(practised.map((r) => r.questionId));
  const inSet = set.questionIds.filter((id) => open.has(id));
  const due = inSet.filter((id) => (dueAt.get(id) ?? Infinity) <= now).sort((a, b) => dueAt.get(a)!.getTime() - dueAt.get(b)!.getTime());
  const unseen = inSet.filter((id) => !dueAt.has(id));
  const rest = inSet.filter((id) => dueAt.has(id) && dueAt.get(id)! > now && !done.has(id)).sort((a, b) => dueAt.get(a)!.getTime() - dueAt.get(b)!.getTime());
  const counts = { due: due.length + rest.length, newAvailable: unseen.length, unseen: unseen.length };
  const next = due[0] ?? unseen[0] ?? rest[0];
  if (!next) {
    const soonest = [...dueAt.entries()].filter(([id]) => open.has(id)).map(([, d]) => d).sort((a, b) => a.getTime() - b.getTime())[0];
    return { kind: "done", nextDueAt: soonest && soonest.getTime() - now.getTime() < 15 * 60_000 ? soonest.toISOString() : null, counts };
  }
  const [question, state] = await Promise.all([
    db.question.findFirstOrThrow({ where: { id: next, ...visibleTo(userId) }, include: withDeckName }).then(labelled),
    db.cardState.findUnique({ where: { userId_questionId: { userId, questionId: next } } }),
  ]);
  return { kind: "card", card: toPracticeCard(question, state, userId, now, scheduler.config), counts };
}
