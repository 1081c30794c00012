import "server-only";
import { visibleTo } from "@/lib/server/library/hidden-questions";
import { ownLiveCard } from "@/lib/server/decks/own-live-card";
import { hotQuery, type Db } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Choice, OrderStep } from "@/lib/content/question";
import type { QuestionType } from "@/lib/content/schema";
import { AppError, sessionEndedError } from "@/lib/http/app-error";
import { parseJsonColumn } from "@/lib/json-column";
import type { GivenAnswer } from "@/lib/learner/given-answer";
import { answerProblem } from "@/lib/quiz/score";
import { isChoiceAnswerCorrect, isOrderCorrect } from "@/lib/practice/check-answer";
import { newCardFields } from "@/lib/srs/card";
import { nextCard, type GradeValue } from "@/lib/srs/scheduler";
import { getLearnerScheduler } from "@/lib/server/learner/scheduler-config";
import { questionBank } from "@/lib/server/content/question-bank";
import { newId } from "@/lib/server/ids";
import {
  getRequestLearner,
  isSessionIdWellFormed,
  LEARNER_COLUMNS,
  learnerIfSessionCurrent,
  learnerJoins,
  type LearnerRow,
  type RequestLearner,
  type SessionClaims,
} from "@/lib/server/users/session-check";
import { inGradeTransaction } from "./grade-scope";
import { cardFieldsFromRow, cardStateFromRaw, prevFieldsOf, type RawCardStateRow } from "./card-row";
import { writeGrade, type CardWrite } from "./write-grade";

// "selection": practice limited to a set chosen in the library (it does not count against the new-card limit).
export type ReviewSource = "practice" | "quiz" | "drill" | "selection";

export interface GradeCardOptions {
  userId: string;
  questionId: string;
  rating: GradeValue;
  clientKey: string;
  durationMs: number;
  source: ReviewSource;
  /** What the learner picked or the order they gave, on choice and ordering questions. */
  answer?: GivenAnswer | null;
  now?: Date;
  /** The card's version when it was shown (null: not yet graded); another version means another tab graded it. */
  expectedVersion?: number | null;
  /** The learner overruled an automatic "wrong": allowed only when the answer given is in fact scored wrong. */
  overruled?: boolean;
}

export interface GradeOutcome {
  reviewId: string;
  duplicate: boolean;
}

// Another writer changed the card between our read and write; the transaction is retried.
class StaleCardError extends Error {}
const MAX_ATTEMPTS = 5;

// P2002 from Prisma's own queries; P2010 with 23505 from a raw query on PostgreSQL; the driver's own error
// from a hot-path statement (libsql on SQLite, pg on PostgreSQL).
const isUniqueViolation = (error: unknown) =>
  (error instanceof Prisma.PrismaClientKnownRequestError &&
    (error.code === "P2002" ||
      (error.code === "P2010" && String((error.meta as { code?: unknown } | undefined)?.code) === "23505"))) ||
  (error instanceof Error && ["SQLITE_CONSTRAINT_UNIQUE", "23505"].includes(String((error as { code?: unknown }).code)));

/** Runs a transaction again when a concurrent grade got to the same card first. */
export async function withGradeRetries<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const retryable = error instanceof StaleCardError || isUniqueViolation(error);
      if (!retryable || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

/**
 * Grades one card: computes the next state with ts-fsrs and writes CardState and ReviewLog in one
 * transaction. A repeated clientKey returns the first outcome and writes nothing. Three round trips (two in
 * gradeCardInSession): the learner, one read of the key and the card, one write that checks the card's version
 * and inserts the log atomically (retried when another grade won).
 */
export async function gradeCard(db: Db, options: GradeCardOptions): Promise<GradeOutcome> {
  return (await withGradeRetries(() => inGradeTransaction(() => gradeOnce(db, options)))).outcome;
}

/**
 * The grade for a request whose session has not been checked yet: the check is part of the grade's first read
 * (one round trip fewer), and nothing is written unless the session is current. Answers with the learner read.
 */
export function gradeCardInSession(db: Db, options: Omit<GradeCardOptions, "userId"> & { session: SessionClaims }): Promise<Graded> {
  const graded = { ...options, userId: options.session.userId };
  return withGradeRetries(() => inGradeTransaction(() => gradeOnce(db, graded)));
}

interface Graded {
  outcome: GradeOutcome;
  learner: RequestLearner;
}

interface GradeReadRow extends RawCardStateRow {
  earlierId: string | null;
  earlierQuestionId: string | null;
}

// The earlier review with this key and the card.
const gradeJoins = (userId: string, clientKey: string, questionId: string) => Prisma.sql`
      LEFT JOIN "ReviewLog" r ON r."userId" = ${userId} AND r."clientKey" = ${clientKey}
      LEFT JOIN "CardState" c ON c."userId" = ${userId} AND c."questionId" = ${questionId}`;

/** The learner (checking the session when one is given), the review key and the card, with the bank. */
async function readForGrade(db: Db, options: GradeCardOptions & { session?: SessionClaims }, now: Date) {
  const { userId, questionId, clientKey, session } = options;
  if (session) {
    if (!isSessionIdWellFormed(session.sessionId)) throw sessionEndedError();
    const [row] = await hotQuery<GradeReadRow & LearnerRow>(db, Prisma.sql`
      SELECT ${LEARNER_COLUMNS}, r."id" AS "earlierId", r."questionId" AS "earlierQuestionId", c.*
      FROM "User" u ${learnerJoins(session.sessionId)} ${gradeJoins(userId, clientKey, questionId)}
      WHERE u."id" = ${userId}`);
    const learner = learnerIfSessionCurrent(row, session, now);
    if (!learner) throw sessionEndedError();
    return { learner, read: row!, bank: await questionBank(db, learner.contentVersion) };
  }
  const learner = await getRequestLearner(db, userId);
  const [bank, rows] = await Promise.all([
    questionBank(db, learner.contentVersion),
    hotQuery<GradeReadRow>(db, Prisma.sql`
      SELECT r."id" AS "earlierId", r."questionId" AS "earlierQuestionId", c.*
      FROM (SELECT 1 AS "one") AS x ${gradeJoins(userId, clientKey, questionId)}`),
  ]);
  return { learner, read: rows[0]!, bank };
}

async function gradeOnce(db: Db, options: GradeCardOptions & { session?: SessionClaims }): Promise<Graded> {
  const { userId, questionId, rating, clientKey, durationMs, source, answer = null, overruled = false } = options;
  const now = options.now ?? new Date();
  const { learner, read, bank } = await readForGrade(db, options, now);
  if (read.earlierId !== null) {
    if (read.earlierQuestionId !== questionId)
      throw new AppError("conflict", "This review key was already used for another card.");
    return { outcome: { reviewId: read.earlierId, duplicate: true }, learner };
  }

  // Own cards are not in the shared bank: one more read, limited to this learner's live cards.
  const question = bank.byId.get(questionId) ?? (await ownLiveCard(db, userId, questionId));
  if (!question) throw new AppError("not_found", "That question does not exist or has been retired.");
  if (answer) {
    const problem = answerProblem(
      {
        type: question.type as QuestionType,
        choices: parseJsonColumn<Choice[]>(question.choices),
        steps: parseJsonColumn<OrderStep[]>(question.steps),
      },
      answer,
    );
    if (problem) throw new AppError("invalid", problem);
  }
  if (overruled) assertOverrulable(question, answer);

  const row = cardStateFromRaw(read);
  if (options.expectedVersion !== undefined && (row?.version ?? null) !== options.expectedVersion) {
    throw new AppError("conflict", "This card was already graded in another tab, so this grade was not recorded. Here is your next card.");
  }
  const { scheduler } = learner;
  const before = row ? cardFieldsFromRow(row) : newCardFields(now);
  const after = nextCard(before, rating, now, scheduler.config);
  const version = (row?.version ?? 0) + 1;
  const write: CardWrite = {
    cardId: row?.id ?? newId(),
    previousVersion: row?.version ?? null,
    version,
    after,
    now,
    log: {
      id: newId(),
      userId,
      questionId,
      rating,
      source,
      reviewedAt: now,
      durationMs,
      clientKey,
      cardVersion: version,
      prevExisted: row !== null,
      ...prevFieldsOf(before),
      answer: answer ? JSON.stringify(answer) : null,
      // What scheduled this grade, so the card can be replayed exactly from its log.
      paramsId: scheduler.paramsId,
      desiredRetention: scheduler.config.desiredRetention,
      overruled,
    },
  };
  if (!(await writeGrade(db, write))) throw new StaleCardError();
  return { outcome: { reviewId: write.log.id, duplicate: false }, learner };
}

/** An overrule stands only against a verdict of "wrong": a choice or ordering answer that does not score right. */
function assertOverrulable(question: { type: string; choices: string | null; steps: string | null }, answer: GivenAnswer | null): void {
  const choices = parseJsonColumn<Choice[]>(question.choices);
  const steps = parseJsonColumn<OrderStep[]>(question.steps);
  const wrong =
    answer !== null &&
    (("choiceIds" in answer && choices !== null && !isChoiceAnswerCorrect(answer.choiceIds, choices)) ||
      ("order" in answer && steps !== null && !isOrderCorrect(answer.order, steps.map((s) => s.id))));
  if (!wrong) throw new AppError("invalid", "Only an answer scored wrong can be overruled; send the answer you gave.");
}

type Tx = Prisma.TransactionClient;

/** The grade itself, inside a caller's transaction (a quiz grades all its answers in one). */
export async function gradeInTransaction(tx: Tx, options: GradeCardOptions): Promise<GradeOutcome> {
  const { userId, questionId, rating, clientKey, durationMs, source, answer = null } = options;
  const now = options.now ?? new Date();

  const earlier = await tx.reviewLog.findUnique({
    where: { userId_clientKey: { userId, clientKey } },
    select: { id: true, questionId: true },
  });
  if (earlier) {
    if (earlier.questionId !== questionId)
      throw new AppError("conflict", "This review key was already used for another card.");
    return { reviewId: earlier.id, duplicate: true };
  }

  const question = await tx.question.findFirst({
    where: { id: questionId, retiredAt: null, ...visibleTo(userId) },
    select: { type: true, choices: true, steps: true },
  });
  if (!question) throw new AppError("not_found", "That question does not exist or has been retired.");
  if (answer) {
    const problem = answerProblem(
      {
        type: question.type as QuestionType,
        choices: parseJsonColumn<Choice[]>(question.choices),
        steps: parseJsonColumn<OrderStep[]>(question.steps),
      },
      answer,
    );
    if (problem) throw new AppError("invalid", problem);
  }

  const [row, scheduler] = await Promise.all([
    tx.cardState.findUnique({ where: { userId_questionId: { userId, questionId } } }),
    getLearnerScheduler(tx, userId),
  ]);
  const before = row ? cardFieldsFromRow(row) : newCardFields(now);
  const after = nextCard(before, rating, now, scheduler.config);
  const version = (row?.version ?? 0) + 1;

  if (row) {
    const { count } = await tx.cardState.updateMany({
      where: { id: row.id, version: row.version },
      data: { ...after, version },
    });
    if (count !== 1) throw new StaleCardError();
  } else {
    await tx.cardState.create({ data: { userId, questionId, ...after, version } });
  }

  const log = await tx.reviewLog.create({
    data: {
      userId,
      questionId,
      rating,
      source,
      reviewedAt: now,
      durationMs,
      clientKey,
      cardVersion: version,
      prevExisted: row !== null,
      ...prevFieldsOf(before),
      answer: answer ? JSON.stringify(answer) : null,
      // What scheduled this grade, so the card can be replayed exactly from its log.
      paramsId: scheduler.paramsId,
      desiredRetention: scheduler.config.desiredRetention,
    },
    select: { id: true },
  });
  return { reviewId: log.id, duplicate: false };
}
