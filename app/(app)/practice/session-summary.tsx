import { dueIn, isWithin } from "@/components/relative-time";
import { ButtonLink } from "@/components/ui/button";
import type { QueueCounts } from "@/lib/practice/types";
import type { PracticeMode } from "@/lib/validation/practice";

// The practice view fetches a card due this soon by itself.
export const AUTO_RESUME_MS = 20 * 60 * 1000;

export interface SessionStats {
  reviewed: number;
  again: number;
  startedAt: number;
}

function minutesSince(startedAt: number): string {
  const minutes = Math.round((Date.now() - startedAt) / 60_000);
  return minutes < 1 ? "under a minute" : `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

/** The end of a session: what was done, and when to come back. */
export function SessionSummary({
  mode,
  stats,
  nextDueAt,
  counts,
  topicName,
}: {
  mode: PracticeMode;
  stats: SessionStats;
  nextDueAt: string | null;
  counts: QueueCounts;
  topicName: string | null;
}) {
  const limitReached = mode === "practice" && counts.unseen > 0 && counts.newAvailable === 0;
  return (
    <section aria-labelledby="done-title" className="rounded-2xl border border-border bg-surface p-6 text-center">
      <h1 id="done-title" tabIndex={-1} className="text-2xl font-bold">
        {mode === "selection"
          ? stats.reviewed > 0
            ? "Selection practised"
            : "Nothing left in this selection"
          : mode !== "practice"
          ? stats.reviewed > 0
            ? "Drill complete"
            : mode === "misconceptions"
              ? "No misconception left to drill"
              : "Nothing weak to drill"
          : stats.reviewed > 0
            ? "Session complete"
            : "Nothing is due right now"}
      </h1>
      {stats.reviewed > 0 && (
        <dl className="mx-auto mt-5 grid max-w-md grid-cols-3 gap-3">
          <div className="rounded-lg bg-surface-2 p-3">
            <dt className="text-xs text-muted">Reviewed</dt>
            <dd className="text-xl font-semibold">{stats.reviewed}</dd>
          </div>
          <div className="rounded-lg bg-surface-2 p-3">
            <dt className="text-xs text-muted">Again</dt>
            <dd className="text-xl font-semibold">{stats.again}</dd>
          </div>
          <div className="rounded-lg bg-surface-2 p-3">
            <dt className="text-xs text-muted">Time</dt>
            <dd className="text-base font-semibold">{minutesSince(stats.startedAt)}</dd>
          </div>
        </dl>
      )}
      <p className="mt-5" role="status">
        {mode === "selection" ? (
          "Every card you chose has been practised once; cards you got wrong come back after their learning step."
        ) : mode === "misconceptions" ? (
          stats.reviewed > 0 ? (
            "Each question behind a repeated wrong answer has been drilled once. Check the dashboard for what is left."
          ) : (
            "No wrong option has been picked twice lately, or those questions were just drilled."
          )
        ) : mode === "drill" ? (
          stats.reviewed > 0 ? (
            "Your weakest cards are refreshed. See how your topics moved on the dashboard."
          ) : (
            "No card you have seen was failed lately or is predicted below 85% recall, and nothing unseen is left here."
          )
        ) : nextDueAt ? (
          <>
            Your next {topicName ? `${topicName} ` : ""}card is due <strong>{dueIn(nextDueAt)}</strong> (
            {new Date(nextDueAt).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })}).
            {isWithin(nextDueAt, AUTO_RESUME_MS) && " Keep this page open: it will show the card when it is due."}
          </>
        ) : (
          "No cards are scheduled yet."
        )}
      </p>
      {limitReached && (
        <p className="mt-2 text-sm text-muted">
          You have reached today&apos;s new-card limit. You can raise it in Settings.
        </p>
      )}
      <div className="mt-6 flex justify-center gap-3">
        {mode === "selection" && <ButtonLink href="/questions">Back to the library</ButtonLink>}
        <ButtonLink href="/progress" variant="secondary">
          Back to home
        </ButtonLink>
        {limitReached && <ButtonLink href="/settings">Settings</ButtonLink>}
      </div>
    </section>
  );
}
