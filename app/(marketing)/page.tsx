import { redirect } from "next/navigation";
import { TopicChip } from "@/components/topic-chip";
import { ButtonLink } from "@/components/ui/button";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listTopics } from "@/lib/server/topics/list-topics";

export default async function LandingPage() {
  if (await getSessionUser()) redirect("/progress");
  const topics = await listTopics(db);
  const total = topics.reduce((sum, t) => sum + t.questionCount, 0);

  return (
    <main className="mx-auto max-w-3xl px-5 py-16">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">Backend Interview Trainer</p>
      <h1 className="mt-3 text-2xl font-bold sm:text-4xl">
        Flashcards and mock quizzes for backend interviews, scheduled to show you each card just before you would forget it.
      </h1>
      <div className="mt-8 flex flex-wrap gap-3">
        <ButtonLink href="/register">Create a free account</ButtonLink>
        <ButtonLink href="/signin" variant="secondary">
          Sign in
        </ButtonLink>
      </div>
      <h2 className="mt-14 text-lg font-semibold">{total} questions across six topics</h2>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2">
        {topics.map((topic) => (
          <li key={topic.id} className="rounded-xl border border-border bg-surface p-4">
            <div className="flex items-center justify-between gap-2">
              <TopicChip topic={topic} />
              <span className="text-xs text-muted">{topic.questionCount} questions</span>
            </div>
            <h3 className="mt-2 font-semibold">{topic.name}</h3>
            <p className="mt-1 text-sm text-muted">{topic.description}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}
