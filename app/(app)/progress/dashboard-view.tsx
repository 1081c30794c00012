import Link from "next/link";
import { TopicChip } from "@/components/topic-chip";
import { ButtonLink } from "@/components/ui/button";
import type { QueueCounts } from "@/lib/practice/types";
import { formatInterval } from "@/lib/srs/format-interval";
import type { Dashboard } from "@/lib/server/progress/get-dashboard";
import { STARTED_TOPIC_MIN } from "@/lib/learner/weakness";
import type { InterviewPlan } from "@/lib/server/learner/get-interview-plan";
import type { Misconception } from "@/lib/server/learner/get-misconceptions";
import { ResumeQuiz } from "@/components/quiz/resume-quiz";
import type { ActiveQuiz } from "@/lib/server/quiz/get-active-quiz";
import { FirstRunHome } from "./first-run";
import { MisconceptionsPanel } from "./misconceptions-panel";
import { PlanSummary } from "./plan-summary";
import { ForecastChart } from "./forecast-chart";
import { Heatmap } from "./heatmap";
import { InterviewForecast } from "./interview-forecast";
import { MasteryChart } from "./mastery-chart";
import { DeckMasteryPanel } from "./deck-mastery";

const pct = (x: number | null) => (x === null ? "–" : `${Math.round(100 * x)}%`);
const ago = (at: Date, now: Date) => `${formatInterval(Math.max(60_000, now.getTime() - at.getTime()))} ago`;

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="rounded-xl bg-surface-2 p-3">
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="text-xl font-semibold tabular-nums">{value}</dd>
      {hint && <dd className="text-xs text-muted">{hint}</dd>}
    </div>
  );
}

/** The signed-in home: what to do now, where you stand, and where you are weak. */
export function DashboardView({
  dashboard,
  queue,
  misconceptions,
  plan,
  activeQuiz,
  nextDueIn,
  now,
}: {
  dashboard: Dashboard;
  queue: QueueCounts;
  misconceptions: Misconception[];
  plan: InterviewPlan | null;
  activeQuiz: ActiveQuiz | null;
  nextDueIn: string | null;
  now: Date;
}) {
  const topicNames = Object.fromEntries(dashboard.topics.map((t) => [t.id, t.name]));
  // A learner who has studied only their own decks already has a dashboard to see.
  if (dashboard.topics.every((t) => t.seen === 0) && dashboard.decks.every((d) => d.seen === 0))
    return <FirstRunHome queue={queue} topics={dashboard.topics} plan={plan} topicNames={topicNames} resume={activeQuiz && <ResumeQuiz quiz={activeQuiz} now={now} />} />;
  const weakest = dashboard.topics.find((t) => t.id === dashboard.weakestTopicId) ?? null;
  const headline =
    queue.due > 0
      ? `${queue.due} card${queue.due === 1 ? "" : "s"} due`
      : queue.newAvailable > 0
        ? `${queue.newAvailable} new card${queue.newAvailable === 1 ? "" : "s"} waiting`
        : "Nothing due right now";
  const reviewedToday = dashboard.heatmap.at(-1)?.reviews ?? 0;
  return (
    <main className="mx-auto max-w-page px-4 py-8 sm:px-5">
      {/* A quiz in progress comes first: its clock is running. */}
      {activeQuiz && (
        <div className="mb-5">
          <ResumeQuiz quiz={activeQuiz} now={now} />
        </div>
      )}
      <div className="grid gap-5 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="today" className="rounded-2xl border border-border bg-surface p-6">
          <h1 id="today" className="text-2xl font-bold">
            {headline}
          </h1>
          <p className="mt-1 text-muted">
            {queue.newAvailable} new available today · {reviewedToday} reviewed today
            {queue.due === 0 && nextDueIn ? ` · next card due ${nextDueIn}` : ""}
          </p>
          {plan && <PlanSummary plan={plan} topicNames={topicNames} />}
          <div className="mt-5 flex flex-wrap items-center gap-3">
            {queue.due > 0 || queue.newAvailable > 0 ? (
              <ButtonLink href="/practice" className="px-6 py-3 text-base">
                {queue.due > 0 ? `Review ${queue.due} due card${queue.due === 1 ? "" : "s"}` : "Start practising"}
              </ButtonLink>
            ) : (
              <p className="text-sm">
                {queue.unseen > 0 ? "Today's new cards are used up; raise the limit in Settings or drill a weak topic." : "You have seen every question."}
              </p>
            )}
            <Link href="/quiz/new" className="text-sm text-accent underline">
              Take a timed mock quiz
            </Link>
          </div>
          <dl className="mt-6 grid grid-cols-2 gap-3 sm:grid-cols-4">
            <Stat label="Current streak" value={`${dashboard.streaks.current} d`} hint={`longest ${dashboard.streaks.longest} d`} />
            <Stat label="Reviews, 7 / 30 days" value={`${dashboard.reviews.days7} / ${dashboard.reviews.days30}`} />
            <Stat label="True retention, 7 days" value={pct(dashboard.retention.days7)} hint={`${dashboard.retention.mature7} mature reviews`} />
            <Stat label="True retention, 30 days" value={pct(dashboard.retention.days30)} hint={`${dashboard.retention.mature30} mature reviews`} />
          </dl>
          <p className="mt-2 text-xs text-muted">True retention: the share of reviews of mature cards (last interval 21 days or more) not graded Again.</p>
        </section>

        <section aria-labelledby="weak-title" className="rounded-2xl border border-border bg-surface p-6">
          <h2 id="weak-title" className="text-lg font-semibold">
            Where you are weakest
          </h2>
          {weakest ? (
            <>
              <p className="mt-2 flex flex-wrap items-center gap-2" data-testid="weakest-topic">
                <TopicChip topic={weakest} />
                <strong>{weakest.name}</strong>
                <span className="text-muted">
                  mastery {weakest.score}/100 · {weakest.weak} weak card{weakest.weak === 1 ? "" : "s"}
                </span>
              </p>
              <ButtonLink href={`/drill?topic=${weakest.id}`} className="mt-4">
                Drill my weakest topic
              </ButtonLink>
              <p className="mt-2 text-sm">
                <Link href="/drill" className="text-accent underline">
                  Or drill my weakest cards across all topics
                </Link>
              </p>
            </>
          ) : (
            <p className="mt-2 text-sm text-muted" data-testid="no-weakest-topic">
              {dashboard.topics.some((t) => t.started)
                ? "Nothing is weak in the topics you have started. Keep up the reviews."
                : `No topic is rated yet: a topic is rated once you have answered ${STARTED_TOPIC_MIN} of its questions.`}
            </p>
          )}
          <div className="mt-5">
            <ForecastChart forecast={dashboard.forecast} />
          </div>
        </section>
      </div>

      <div className="mt-5 grid gap-5 lg:grid-cols-[3fr_2fr]">
        <MasteryChart topics={dashboard.topics} />
        <DeckMasteryPanel decks={dashboard.decks} />
        <section aria-labelledby="weakest-title" className="rounded-2xl border border-border bg-surface p-5">
          <h2 id="weakest-title" className="text-lg font-semibold">
            Your weakest questions
          </h2>
          {dashboard.weakest.length === 0 ? (
            <p className="mt-2 text-sm text-muted">Nothing weak right now: cards you got wrong lately, or are likely to forget, will show here.</p>
          ) : (
            <ol className="mt-3 flex flex-col gap-2 text-sm">
              {dashboard.weakest.map((q) => (
                <li key={q.questionId} className="flex items-baseline gap-2">
                  {q.lastFailedAt ? (
                    // Just after a failure FSRS predicts high recall for the relearning step; the failure is the point.
                    <span className="w-12 shrink-0 text-right font-semibold text-bad" title="You got this wrong recently">
                      ✗
                    </span>
                  ) : (
                    <span className="w-12 shrink-0 text-right font-semibold tabular-nums" title="Predicted recall now">
                      {pct(q.recall)}
                    </span>
                  )}
                  <Link href={`/questions/${q.questionId}`} className="line-clamp-2 min-w-0 flex-1 text-accent underline">
                    {q.prompt.replace(/[`*_#>]/g, "")}
                  </Link>
                  {q.lastFailedAt ? (
                    <span className="shrink-0 text-xs text-bad">wrong {ago(q.lastFailedAt, now)}</span>
                  ) : (
                    q.lapses > 0 && <span className="shrink-0 text-xs text-muted">{q.lapses} lapse{q.lapses === 1 ? "" : "s"}</span>
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>

      <div className="mt-5">
        <MisconceptionsPanel misconceptions={misconceptions} />
      </div>

      <section aria-label="Activity" className="mt-5 rounded-2xl border border-border bg-surface p-5">
        <Heatmap firstDay={dashboard.heatmap[0]!.day} reviews={dashboard.heatmap.map((d) => d.reviews)} />
      </section>

      <InterviewForecast dashboard={dashboard} />

      <section aria-labelledby="export-title" className="mt-5 rounded-2xl border border-border bg-surface p-5 text-sm">
        <h2 id="export-title" className="font-semibold">
          Your data
        </h2>
        <p className="mt-1 text-muted">Download everything you have done here; nothing locks you in.</p>
        <ul className="mt-2 flex flex-wrap gap-3">
          <li><a className="text-accent underline" href="/api/export/reviews?format=csv" download>Review history (CSV)</a></li>
          <li><a className="text-accent underline" href="/api/export/reviews?format=json" download>Review history (JSON)</a></li>
          <li><a className="text-accent underline" href="/api/export/cards?format=csv" download>Card states (CSV)</a></li>
          <li><a className="text-accent underline" href="/api/export/cards?format=json" download>Card states (JSON)</a></li>
          <li><a className="text-accent underline" href="/api/export/notes?format=csv" download>Notes and marks (CSV)</a></li>
          <li><a className="text-accent underline" href="/api/export/notes?format=json" download>Notes and marks (JSON)</a></li>
        </ul>
      </section>
    </main>
  );
}
