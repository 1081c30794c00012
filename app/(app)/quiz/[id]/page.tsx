import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getQuizSession } from "@/lib/server/quiz/get-quiz-session";
import { QuizView } from "./quiz-view";
import { notFoundIfMissing } from "@/lib/http/not-found-if-missing";

export const metadata: Metadata = { title: "Quiz" };

export default async function QuizPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/quiz/${id}`);
  const session = await getQuizSession(db, { userId: user.id, quizId: id }).catch(notFoundIfMissing);
  if (session.status !== "active") redirect(`/quiz/${id}/results`);
  // Keyed by the render: a refresh after Back or Forward mounts the server's fresh state in place of the old one.
  return <QuizView key={session.serverNow} session={session} />;
}
