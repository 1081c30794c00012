import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { countQuestionsByTopicAndDifficulty, listTopics } from "@/lib/server/topics/list-topics";
import { QuizSetupForm } from "./quiz-setup-form";
import { countOwnCardsByDeckAndDifficulty } from "@/lib/server/decks/decks";

export const metadata: Metadata = { title: "New quiz" };

export default async function NewQuizPage({ searchParams }: { searchParams: Promise<{ deck?: string }> }) {
  const user = await requireUser("/quiz/new");
  const [topics, counts, decks, { deck }] = await Promise.all([listTopics(db), countQuestionsByTopicAndDifficulty(db), countOwnCardsByDeckAndDifficulty(db, { userId: user.id }), searchParams]);
  return (
    <main className="mx-auto max-w-2xl px-4 py-8 sm:px-5">
      <h1 className="text-2xl font-bold">New mock quiz</h1>
      <p className="mt-1 text-muted">A fixed set of questions against the clock. Answers are revealed only at the end.</p>
      <QuizSetupForm topics={topics.map(({ id, name, short, glyph }) => ({ id, name, short, glyph }))} counts={counts} decks={decks} initialDeckId={decks.some((d) => d.id === deck) ? deck! : null} />
    </main>
  );
}
