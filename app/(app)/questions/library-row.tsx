"use client";

import Link from "next/link";
import { TopicChip } from "@/components/topic-chip";
import { focusOnFirstHit, type TextSegment } from "@/lib/library/search-terms";
import type { TopicChip as Topic } from "@/lib/practice/types";
import type { LibraryRow as Row } from "@/lib/server/library/search-library";

export type RowAction = { flagged: boolean } | { suspended: boolean } | { buried: boolean };

function Highlighted({ segments }: { segments: TextSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.hit ? (
          <mark key={i} className="rounded-sm bg-accent-soft px-0.5 font-semibold text-text">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}

const STATE_LABEL: Record<Row["state"], string> = { new: "New", learning: "Learning", review: "Review", due: "Due" };
const STATE_CLASS: Record<Row["state"], string> = {
  new: "bg-accent-soft text-text",
  learning: "bg-surface-2 text-text",
  review: "bg-good-soft text-good",
  due: "bg-bad-soft text-bad",
};

const small = "rounded px-1.5 py-0.5 text-xs text-muted hover:bg-surface-2 hover:text-text disabled:opacity-40";

/** One question on one line: prompt (matches highlighted), topic, type, difficulty; the learner's state at the right edge. */
export function LibraryRow({ row, topic, index, pending, onAction }: { row: Row; topic: Topic | undefined; index: number; pending: boolean; onAction: (row: Row, action: RowAction) => void }) {
  const promptText = row.prompt.map((s) => s.text).join("");
  return (
    <li data-row={index} data-question-id={row.id} className={`group flex flex-col gap-1 px-3 py-2 sm:flex-row sm:items-center sm:gap-3 ${row.suspended ? "opacity-70" : ""}`}>
      <div className="min-w-0 flex-1">
        <Link href={`/questions/${row.id}`} data-row-link={index} className="block truncate rounded text-sm text-text hover:text-accent focus-visible:outline-2" title={promptText}>
          <Highlighted segments={focusOnFirstHit(row.prompt)} />
        </Link>
        {row.snippet && (
          <p className="truncate text-xs text-muted">
            <Highlighted segments={row.snippet} />
          </p>
        )}
        <div className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted">
          {topic && <TopicChip topic={topic} />}
          <span>{row.type}</span>
          <span aria-hidden="true">·</span>
          <span>{row.difficulty}</span>
          {row.hasNote && <span title="You wrote a note">✎ note</span>}
        </div>
      </div>
      <div className="flex shrink-0 flex-wrap items-center gap-1.5 text-xs sm:flex-nowrap sm:justify-end">
        {row.suspended ? (
          <span className="rounded bg-surface-2 px-1.5 py-0.5 font-semibold text-text">Suspended</span>
        ) : row.buriedUntil ? (
          <span className="rounded bg-surface-2 px-1.5 py-0.5 font-semibold text-text">Buried till tomorrow</span>
        ) : null}
        <span className={`rounded px-1.5 py-0.5 font-semibold ${STATE_CLASS[row.state]}`}>{STATE_LABEL[row.state]}</span>
        <span className="text-right whitespace-nowrap text-muted tabular-nums sm:w-20" title="Predicted recall now">
          {row.recall === null ? "—" : `${row.recall}% recall`}
        </span>
        <span className="text-right whitespace-nowrap text-muted tabular-nums sm:w-16">{row.lapses === 1 ? "1 lapse" : `${row.lapses} lapses`}</span>
        <button
          type="button"
          aria-pressed={row.flagged}
          aria-label={`Flag: ${promptText.slice(0, 60)}`}
          title={row.flagged ? "Flagged: click to unflag" : "Flag this question"}
          disabled={pending}
          onClick={() => onAction(row, { flagged: !row.flagged })}
          className={`${small} text-base leading-none ${row.flagged ? "text-warn" : ""}`}
        >
          {row.flagged ? "★" : "☆"}
        </button>
        <button type="button" disabled={pending} onClick={() => onAction(row, { suspended: !row.suspended })} className={small} aria-label={`${row.suspended ? "Unsuspend" : "Suspend"}: ${promptText.slice(0, 60)}`}>
          {row.suspended ? "Unsuspend" : "Suspend"}
        </button>
        {!row.suspended && (
          <button type="button" disabled={pending} onClick={() => onAction(row, { buried: !row.buriedUntil })} className={small} aria-label={`${row.buriedUntil ? "Unbury" : "Bury until tomorrow"}: ${promptText.slice(0, 60)}`}>
            {row.buriedUntil ? "Unbury" : "Bury"}
          </button>
        )}
      </div>
    </li>
  );
}
