import Link from "next/link";
import { TopicChip } from "@/components/topic-chip";
import { dueIn } from "@/components/relative-time";
import { ButtonLink } from "@/components/ui/button";
import type { HomeSummary } from "@/lib/server/progress/get-home-summary";

type Props = { summary: Omit<HomeSummary, "nextDueAt"> & { nextDueAt: string | null } };

function primaryAction(summary: Props["summary"]) {
  if (summary.due > 0) return { label: `Review ${summary.due} due card${summary.due === 1 ? "" : "s"}`, hint: null };
  if (summary.newAvailable > 0)
    return { label: "Start practising", hint: `${summary.newAvailable} new cards from all topics are ready for today.` };
  return null;
}

export function HomeView({ summary }: Props) {
  const action = primaryAction(summary);
  return (
    <main className="mx-auto max-w-5xl px-4 py-8 sm:px-5">
      <section aria-labelledby="today" className="rounded-2xl border border-border bg-surface p-6">
        <h1 id="today" className="text-2xl font-bold">
          {summary.due > 0 ? `${summary.due} card${summary.due === 1 ? "" : "s"} due` : "Nothing due right now"}
        </h1>
        <p className="mt-1 text-muted">
          {summary.newAvailable} new available today · {summary.reviewedToday} reviewed today
          {summary.due === 0 && summary.nextDueAt ? ` · next card due ${dueIn(summary.nextDueAt)}` : ""}
        </p>
        <div className="mt-5">
          {action ? (
            <>
              <ButtonLink href="/practice" className="px-6 py-3 text-base">
                {action.label}
              </ButtonLink>
              {action.hint && <p className="mt-2 text-sm text-muted">{action.hint}</p>}
            </>
          ) : (
            <p className="text-sm">
              {summary.unseen > 0
                ? "You have used today's new cards. Come back later for your reviews, or raise your daily new-card limit in Settings."
                : "You have seen every question. Come back when your next reviews are due."}
            </p>
          )}
        </div>
      </section>

      <p className="mt-4 text-sm text-muted">
        Rehearsing for the real thing?{" "}
        <Link href="/quiz/new" className="text-accent underline">
          Take a timed mock quiz
        </Link>
        .
      </p>

      <section aria-labelledby="topics" className="mt-8">
        <h2 id="topics" className="text-lg font-semibold">
          Practise one topic
        </h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {summary.topics.map((topic) => (
            <li key={topic.id} className="flex flex-col gap-2 rounded-xl border border-border bg-surface p-4">
              <div className="flex items-center justify-between gap-2">
                <TopicChip topic={topic} />
                <span className="text-xs text-muted">
                  {topic.seen}/{topic.questionCount} seen
                </span>
              </div>
              <h3 className="font-semibold">{topic.name}</h3>
              <div
                className="h-1.5 overflow-hidden rounded-full bg-surface-2"
                role="img"
                aria-label={`${topic.seen} of ${topic.questionCount} questions seen`}
              >
                <div
                  className="h-full rounded-full"
                  style={{
                    width: `${topic.questionCount ? (100 * topic.seen) / topic.questionCount : 0}%`,
                    background: `var(--topic-${topic.id})`,
                  }}
                />
              </div>
              <div className="mt-auto flex items-center justify-between pt-1">
                <span className="text-sm text-muted">{topic.due} due</span>
                <ButtonLink href={`/practice?topic=${topic.id}`} variant="secondary" className="px-3 py-1.5" aria-label={`Practise ${topic.name}`}>
                  Practise
                </ButtonLink>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
