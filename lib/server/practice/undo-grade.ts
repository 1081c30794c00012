import "server-only";
import type { Db } from "@/lib/db-client";
import { AppError } from "@/lib/http/app-error";
import { cardFieldsBeforeLog } from "./card-row";

export interface UndoGradeOptions {
  userId: string;
  reviewId: string;
}

/** Puts the card back exactly as it was before that grade and deletes the grade's log row. */
export async function undoGrade(db: Db, { userId, reviewId }: UndoGradeOptions): Promise<{ questionId: string }> {
  return db.$transaction(async (tx) => {
    const log = await tx.reviewLog.findFirst({ where: { id: reviewId, userId } });
    if (!log) throw new AppError("not_found", "There is no such grade to undo.");
    // A quiz's grade is part of its results (QuizQuestion.reviewLogId): undoing it would leave them pointing at nothing.
    const fromQuiz = log.source === "quiz" || (await tx.quizQuestion.count({ where: { reviewLogId: log.id } })) > 0;
    if (fromQuiz) throw new AppError("conflict", "This grade came from a quiz and is part of its results, so it cannot be undone here.");

    const state = await tx.cardState.findUnique({
      where: { userId_questionId: { userId, questionId: log.questionId } },
    });
    if (!state || state.version !== log.cardVersion) {
      throw new AppError("conflict", "This card has been graded again since, so that grade can no longer be undone.");
    }

    if (log.prevExisted) {
      await tx.cardState.update({
        where: { id: state.id },
        data: { ...cardFieldsBeforeLog(log), version: state.version + 1 },
      });
    } else {
      await tx.cardState.delete({ where: { id: state.id } });
    }
    await tx.reviewLog.delete({ where: { id: log.id } });
    return { questionId: log.questionId };
  });
}
