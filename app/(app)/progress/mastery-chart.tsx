"use client";

import Link from "next/link";
import { useState } from "react";
import { TopicChip } from "@/components/topic-chip";
import { STARTED_TOPIC_MIN } from "@/lib/learner/weakness";
import { MASTERY_EXPLANATION } from "@/lib/progress/mastery";
import type { TopicMastery } from "@/lib/server/progress/get-topic-mastery";

const pct = (x: number) => `${Math.round(100 * x)}%`;

function Parts({ topic }: { topic: Pick<TopicMastery, "parts" | "seen" | "total"> & { recentLapses?: number } }) {
  return (
    <ul className="text-xs leading-5">
      <li>Seen: {topic.seen} of {topic.total} ({pct(topic.parts.coverage)})</li>
      <li>Predicted recall now: {topic.seen ? pct(topic.parts.recall) : "–"}</li>
      <li>Quiz accuracy, 30 days: {topic.parts.quizAccuracy === null ? "no quizzes" : pct(topic.parts.quizAccuracy)}</li>
      <li>
        Free of recent lapses: {topic.seen ? pct(topic.parts.lapseFree) : "–"}
        {topic.recentLapses !== undefined ? ` (${topic.recentLapses} lapses)` : ""}
      </li>
    </ul>
  );
}

function SubtopicTable({ topics }: { topics: TopicMastery[] }) {
  return (
    <table className="mt-3 w-full text-left text-sm">
      <caption className="sr-only">Mastery by topic and subtopic</caption>
      <thead>
        <tr className="text-muted">
          <th scope="col" className="py-1 pr-3 font-medium">Topic / subtopic</th>
          <th scope="col" className="py-1 pr-3 font-medium">Mastery</th>
          <th scope="col" className="py-1 pr-3 font-medium">Seen</th>
          <th scope="col" className="py-1 font-medium">Recall now</th>
        </tr>
      </thead>
      <tbody>
        {topics.flatMap((topic) => [
          <tr key={topic.id} className="border-t border-border font-semibold">
            <th scope="row" className="py-1 pr-3">{topic.name}</th>
            <td className="py-1 pr-3 tabular-nums">{topic.score}</td>
            <td className="py-1 pr-3 tabular-nums">{topic.seen}/{topic.total}</td>
            <td className="py-1 tabular-nums">{topic.seen ? pct(topic.parts.recall) : "–"}</td>
          </tr>,
          ...topic.subtopics.map((sub) => (
            <tr key={`${topic.id}/${sub.name}`} className="text-muted">
              <th scope="row" className="py-0.5 pr-3 pl-4 font-normal">{sub.name.replace(/-/g, " ")}</th>
              <td className="py-0.5 pr-3 tabular-nums">{sub.score}</td>
              <td className="py-0.5 pr-3 tabular-nums">{sub.seen}/{sub.total}</td>
              <td className="py-0.5 tabular-nums">{sub.seen ? pct(sub.parts.recall) : "–"}</td>
            </tr>
          )),
        ])}
      </tbody>
    </table>
  );
}

/** Mastery per topic as an SVG bar each, with the score as text and its parts on hover or focus. A client component: the scores travel once as data instead of twice as markup. */
export function MasteryChart({ topics }: { topics: TopicMastery[] }) {
  const [tableOpen, setTableOpen] = useState(false);
  return (
    <section aria-labelledby="mastery-title" className="rounded-2xl border border-border bg-surface p-5">
      <h2 id="mastery-title" className="text-lg font-semibold">
        Mastery by topic
      </h2>
      <p className="mt-1 text-sm text-muted">{MASTERY_EXPLANATION}</p>
      <ul className="mt-4 flex flex-col gap-3">
        {topics.map((topic) => (
          <li key={topic.id} className="grid grid-cols-[minmax(0,15rem)_1fr_auto] items-center gap-3 max-sm:grid-cols-[1fr_auto]">
            <div className="flex min-w-0 items-center gap-2">
              <TopicChip topic={topic} />
              {/* Wraps instead of cutting: a topic's full name is how the learner knows it. */}
              <span data-topic-name className="text-sm leading-tight max-sm:hidden">{topic.name}</span>
            </div>
            <div className="group relative max-sm:col-span-2 max-sm:row-start-2" tabIndex={0} aria-describedby={`parts-${topic.id}`}>
              <svg viewBox="0 0 100 8" preserveAspectRatio="none" className="h-3 w-full" role="img" aria-label={`${topic.name}: mastery ${topic.score} out of 100`}>
                <rect x="0" y="0" width="100" height="8" rx="4" fill="var(--surface-2)" />
                <rect x="0" y="0" width={Math.max(topic.score, 1)} height="8" rx="4" fill={`var(--topic-${topic.id})`} />
              </svg>
              <div id={`parts-${topic.id}`} role="tooltip" className="pointer-events-none absolute top-5 left-0 z-10 hidden w-64 rounded-lg border border-border bg-surface p-3 shadow-lg group-hover:block group-focus:block">
                <Parts topic={topic} />
              </div>
            </div>
            <div className="flex items-center gap-2 text-sm">
              {topic.started ? (
                <span className="text-right tabular-nums">
                  <span className="inline-block w-9 font-semibold">{topic.score}</span>
                  <span className="block text-xs text-muted" data-testid={`weak-count-${topic.id}`}>{topic.weak} weak</span>
                </span>
              ) : (
                <span className="text-xs text-muted" title={`Rated once you have answered ${STARTED_TOPIC_MIN} of its questions`}>not started</span>
              )}
              <Link href={`/drill?topic=${topic.id}`} className="rounded-md border border-border px-2 py-0.5 text-xs hover:bg-surface-2 max-sm:inline-flex max-sm:min-h-11 max-sm:items-center max-sm:px-3" aria-label={`Drill ${topic.name}`}>
                Drill
              </Link>
              <Link href={`/practice?topic=${topic.id}`} className="rounded-md border border-border px-2 py-0.5 text-xs hover:bg-surface-2 max-sm:inline-flex max-sm:min-h-11 max-sm:items-center max-sm:px-3" aria-label={`Practise ${topic.name}`}>
                Practise
              </Link>
            </div>
          </li>
        ))}
      </ul>
      <details className="mt-4 text-sm" onToggle={(event) => setTableOpen(event.currentTarget.open)}>
        <summary className="cursor-pointer text-accent">Scores by subtopic, as a table</summary>
        {/* Built on opening: it is a fifth of the page's markup, and most visits never open it. */}
        {tableOpen && <SubtopicTable topics={topics} />}
      </details>
    </section>
  );
}
