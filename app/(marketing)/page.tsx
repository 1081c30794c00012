import { redirect } from "next/navigation";
import Link from "next/link";
import { Wordmark } from "@/components/logo";
import { TopicChip } from "@/components/topic-chip";
import { ButtonLink } from "@/components/ui/button";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getSampleCard } from "@/lib/server/content/get-sample-card";
import { listTopics } from "@/lib/server/topics/list-topics";
import { SampleCard } from "./sample-card";

const USES = [
  {
    title: "Flashcards that schedule themselves",
    body: "Answer, reveal, grade 1-4. FSRS spaced repetition, fitted to your own history, brings each card back just before you would forget it.",
  },
  {
    title: "Timed mock quizzes",
    body: "Pick a preset or build one by topic and difficulty. The clock runs like the real thing, and the results show what to study next.",
  },
  {
    title: "Weak-topic review",
    body: "Recent misses, fading recall and the wrong answers you keep picking add up to one drill of your weakest topic.",
  },
];

export default async function LandingPage() {
  if (await getSessionUser()) redirect("/progress");
  const [topics, sample] = await Promise.all([listTopics(db), getSampleCard(db)]);
  const total = topics.reduce((sum, t) => sum + t.questionCount, 0);

  return (
    <>
      <header className="mx-auto flex max-w-page items-center justify-between gap-3 px-4 py-4 sm:px-6">
        <Wordmark />
        <Link href="/signin" className="rounded-md px-2 py-2 text-sm font-medium text-muted hover:text-text">
          Sign in
        </Link>
      </header>
      <main className="mx-auto max-w-page px-4 pb-16 sm:px-6">
        <section className="grid items-start gap-8 py-8 lg:grid-cols-[1fr_1.1fr] lg:gap-12 lg:py-14">
          <div>
            <h1 className="text-3xl leading-tight font-bold tracking-tight text-balance sm:text-4xl">Practise for backend interviews in 20 minutes a day.</h1>
            <p className="mt-4 text-lg text-muted">
              {total} questions on APIs, databases, HTTP, security, algorithms, system design and operations, as flashcards and timed mock quizzes,
              scheduled so each one comes back just before you would forget it.
            </p>
            <div className="mt-6 flex flex-wrap gap-3">
              <ButtonLink href="/register" className="min-h-11">
                Create a free account
              </ButtonLink>
              <ButtonLink href="/signin" variant="secondary" className="min-h-11">
                Sign in
              </ButtonLink>
            </div>
          </div>
          {sample ? <SampleCard card={sample} /> : null}
        </section>

        <section aria-labelledby="uses-heading" className="border-t border-border py-10">
          <h2 id="uses-heading" className="text-xl font-semibold">
            Three ways to study
          </h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-3">
            {USES.map((use) => (
              <li key={use.title} className="rounded-xl border border-border bg-surface p-5">
                <h3 className="font-semibold">{use.title}</h3>
                <p className="mt-2 text-sm text-muted">{use.body}</p>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="topics-heading" className="border-t border-border py-10">
          <h2 id="topics-heading" className="text-xl font-semibold">
            {total} questions across {topics.length} topics
          </h2>
          <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {topics.map((topic) => (
              <li key={topic.id} className="rounded-xl border border-border bg-surface p-4">
                <div className="flex items-center justify-between gap-2">
                  <TopicChip topic={topic} />
                  <span className="text-sm text-muted">{topic.questionCount} questions</span>
                </div>
                <h3 className="mt-2 font-semibold">{topic.name}</h3>
                <p className="mt-1 text-sm text-muted">{topic.description}</p>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </>
  );
}
