import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { countQuestionsByTopicAndDifficulty, listTopics } from "@/lib/server/topics/list-topics";
import { QuizSetupForm } from "./quiz-setup-form";

export const metadata: Metadata = { title: "New quiz" };

export default async function NewQuizPage() {
  await requireUser("/quiz/new");
  const [topics, counts] = await Promise.all([listTopics(db), countQuestionsByTopicAndDifficulty(db)]);
  return (
    <main className="mx-auto max-w-reading px-4 py-8 sm:px-5">
      <h1 className="text-2xl font-bold">New mock quiz</h1>
      <p className="mt-1 text-muted">A fixed set of questions against the clock. Answers are revealed only at the end.</p>
      <QuizSetupForm topics={topics.map(({ id, name, short, glyph }) => ({ id, name, short, glyph }))} counts={counts} />
    </main>
  );
}
