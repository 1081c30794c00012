// POST /api/quizzes/:id/submit – closes the quiz, scores it and feeds the answers to spaced repetition.
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/app-error";
import { afterResponse } from "@/lib/http/after-response";
import { withUser } from "@/lib/http/with-user";
import { fitIfDue } from "@/lib/server/learner/fit-params";
import { closeQuiz } from "@/lib/server/quiz/close-quiz";
import { getOwnedQuiz } from "@/lib/server/quiz/get-owned-quiz";

type Context = { params: Promise<{ id: string }> };

export const POST = withUser<Context>(async (_req, user, { params }) => {
  const quizId = (await params).id;
  const now = new Date();
  const quiz = await getOwnedQuiz(db, { userId: user.id, quizId, now });
  if (quiz.status !== "active") {
    const why = quiz.status === "expired" ? "its time ran out and it was closed" : "it was already submitted";
    throw new AppError("conflict", `This quiz cannot be submitted again: ${why}. Your results are saved.`);
  }
  // Submitted by the browser's own timer at the deadline, it counts as expired.
  const reason = now >= quiz.deadline ? "expired" : "submitted";
  await closeQuiz(db, { userId: user.id, quizId, reason, now });
  afterResponse("fsrs_fit", () => fitIfDue(db, { userId: user.id }));
  return { status: reason, resultsUrl: `/quiz/${quizId}/results` };
});
