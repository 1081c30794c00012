import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/app-error";
import { getQuizResults } from "@/lib/server/quiz/get-quiz-results";
import { ResultsView } from "./results-view";

export const metadata: Metadata = { title: "Quiz results" };

export default async function QuizResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/quiz/${id}/results`);
  const results = await getQuizResults(db, { userId: user.id, quizId: id }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    if (error instanceof AppError && error.code === "conflict") redirect(`/quiz/${id}`);
    throw error;
  });
  return <ResultsView results={results} />;
}
