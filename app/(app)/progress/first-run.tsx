import Link from "next/link";
import { TopicChip } from "@/components/topic-chip";
import { ButtonLink } from "@/components/ui/button";
import type { QueueCounts } from "@/lib/practice/types";
import type { InterviewPlan } from "@/lib/server/learner/get-interview-plan";
import type { TopicMastery } from "@/lib/server/progress/get-topic-mastery";
import { PlanSummary } from "./plan-summary";

/** Home before the first answer: one step, start the new cards; topics come second. */
export function FirstRunHome({
  queue,
  topics,
  plan,
  topicNames,
  resume,
}: {
  queue: QueueCounts;
  topics: TopicMastery[];
  plan: InterviewPlan | null;
  topicNames: Record<string, string>;
  /** A quiz in progress, shown first. */
  resume?: React.ReactNode;
}) {
  const total = topics.reduce((sum, t) => sum + t.total, 0);
  return (
    <main className="mx-auto max-w-3xl px-4 py-10 sm:px-5">
      {resume && <div className="mb-6">{resume}</div>}
      <section aria-labelledby="first-step" className="rounded-2xl border border-border bg-surface p-6 sm:p-8">
        <h1 id="first-step" className="text-2xl font-bold">
          {queue.newAvailable > 0 ? `${queue.newAvailable} new cards are waiting` : "Your new cards for today are used up"}
        </h1>
        <p className="mt-2 text-muted">
          Answer each card, then say how well you knew it. The app schedules every card again just before you would forget
          it, and learns which topics are weak for you once you have answered about ten questions in each.
        </p>
        {plan && <PlanSummary plan={plan} topicNames={topicNames} />}
        {queue.newAvailable > 0 && (
          <ButtonLink href="/practice" className="mt-6 px-6 py-3 text-base">
            Start with {queue.newAvailable} new cards
          </ButtonLink>
        )}
      </section>
      <section aria-labelledby="first-topics" className="mt-6">
        <h2 id="first-topics" className="text-sm font-semibold text-muted">
          Or start with one topic ({total} questions in all)
        </h2>
        <ul className="mt-3 flex flex-wrap gap-2">
          {topics.map((topic) => (
            <li key={topic.id}>
              <Link
                href={`/practice?topic=${topic.id}`}
                className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-border bg-surface px-3 py-2 text-sm hover:bg-surface-2"
              >
                <TopicChip topic={topic} />
                <span>{topic.name}</span>
                <span className="text-xs text-muted tabular-nums">{topic.total}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
