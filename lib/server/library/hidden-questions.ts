import "server-only";
import type { Db } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";

/** Questions this learner has not suspended: what practice, drills, quizzes and mastery count. */
export const notSuspendedBy = (userId: string): Prisma.QuestionWhereInput => ({
  marks: { none: { userId, suspendedAt: { not: null } } },
});

/** Questions this learner may be shown now: neither suspended nor buried until later. */
export const studyableBy = (userId: string, now: Date): Prisma.QuestionWhereInput => ({
  marks: { none: { userId, OR: [{ suspendedAt: { not: null } }, { buriedUntil: { gt: now } }] } },
});

/** The ids among `ids` this learner has suspended or buried, for queues built in JavaScript. */
export async function hiddenIds(db: Db, userId: string, now: Date): Promise<Set<string>> {
  const rows = await db.questionMark.findMany({
    where: { userId, OR: [{ suspendedAt: { not: null } }, { buriedUntil: { gt: now } }] },
    select: { questionId: true },
  });
  return new Set(rows.map((r) => r.questionId));
}

/** Questions this learner may see at all: the bank's, and their own cards (never another learner's). */
export const visibleTo = (userId: string): Prisma.QuestionWhereInput => ({ OR: [{ ownerId: null }, { ownerId: userId }] });

/** The same rule in raw SQL, for the question aliased `alias` (a fixed identifier, never user input). */
export const sqlVisibleTo = (userId: string, alias = "q"): Prisma.Sql =>
  Prisma.sql`(${Prisma.raw(`${alias}."ownerId"`)} IS NULL OR ${Prisma.raw(`${alias}."ownerId"`)} = ${userId})`;
