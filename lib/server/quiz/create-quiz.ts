import "server-only";
import type { Db } from "@/lib/db-client";
import { AppError } from "@/lib/http/app-error";
import { deadlineFor } from "@/lib/quiz/deadline";
import { drawQuestions, type Random } from "@/lib/quiz/draw";
import type { CreateQuizInput } from "@/lib/validation/quiz";
import { notSuspendedBy } from "@/lib/server/library/hidden-questions";

export interface CreateQuizOptions extends Omit<CreateQuizInput, "deckIds"> {
  userId: string;
  deckIds?: string[];
  // A retake draws from exactly these questions instead of the whole bank.
  onlyQuestionIds?: string[];
  retakeOfId?: string;
  now?: Date;
  random?: Random;
}

/** Draws the questions, stores the draw and starts the clock. */
export async function createQuiz(db: Db, options: CreateQuizOptions): Promise<{ id: string }> {
  const { userId, topicIds, count, difficulties, onlyQuestionIds } = options;
  const deckIds = [...new Set(options.deckIds ?? [])];
  const now = options.now ?? new Date();
  // Another learner's deck, or a deleted one, is not there for this learner.
  if (deckIds.length > 0) {
    const owned = await db.deck.count({ where: { id: { in: deckIds }, userId, deletedAt: null } });
    if (owned !== deckIds.length) throw new AppError("not_found", "One of those decks does not exist.");
  }
  const questions = await db.question.findMany({
    where: {
      retiredAt: null,
      // A suspended question is never drawn; a buried one may be (burial only rests it from practice today).
      ...notSuspendedBy(userId),
      // Bank questions of the chosen topics, and this learner's own cards of the chosen decks.
      OR: [
        { ownerId: null, topicId: { in: topicIds } },
        ...(deckIds.length > 0 ? [{ ownerId: userId, deckId: { in: deckIds } }] : []),
      ],
      ...(difficulties.length > 0 ? { difficulty: { in: difficulties } } : {}),
      ...(onlyQuestionIds ? { id: { in: onlyQuestionIds } } : {}),
    },
    select: { id: true, topicId: true, cardStates: { where: { userId }, select: { lastReview: true } } },
  });
  if (questions.length < count) {
    throw new AppError(
      "invalid",
      `Only ${questions.length} question${questions.length === 1 ? "" : "s"} match those topics, decks and difficulties; ask for ${questions.length} or fewer, or widen the choice.`,
    );
  }
  const drawn = drawQuestions(
    questions.map((q) => ({ id: q.id, topicId: q.topicId, lastReviewedAt: q.cardStates[0]?.lastReview ?? null })),
    count,
    now,
    options.random,
  );
  const timeLimitSec = (options.timeLimitMinutes ?? count) * 60;
  const quiz = await db.quiz.create({
    data: {
      userId,
      topicIds: JSON.stringify(topicIds),
      deckIds: JSON.stringify(deckIds),
      difficulties: JSON.stringify(difficulties),
      timeLimitSec,
      startedAt: now,
      deadline: deadlineFor(now, timeLimitSec),
      status: "active",
      retakeOfId: options.retakeOfId ?? null,
      questions: { create: drawn.map((questionId, position) => ({ questionId, position })) },
    },
    select: { id: true },
  });
  return quiz;
}
