"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { NoteEditor } from "@/components/study/note-editor";
import { renderedHtml } from "@/components/study/rendered-html";
import { MarkSessionExpired, saveMarks } from "@/components/study/save-marks";
import type { QuestionMarks } from "@/lib/server/library/set-mark";
import type { MarkChange } from "@/lib/validation/library";

/** The learner's own marks on the question page: star, suspend, bury and the private note. */
export function QuestionMarksPanel({ questionId, marks, noteHtml }: { questionId: string; marks: QuestionMarks; noteHtml: string | null }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [busy, setBusy] = useState(false);

  async function change(update: MarkChange) {
    setBusy(true);
    setError(null);
    try {
      await saveMarks(questionId, update);
      startTransition(() => router.refresh());
    } catch (e) {
      if (e instanceof MarkSessionExpired) router.push(`/signin?callbackUrl=${encodeURIComponent(`/questions/${questionId}`)}`);
      setError(e instanceof Error ? e.message : "That change was not saved. Try again.");
    } finally {
      setBusy(false);
    }
  }

  const button = "rounded-lg border border-border bg-surface px-3 py-1.5 text-sm font-medium hover:bg-surface-2 disabled:opacity-50";
  const disabled = busy || pending;
  return (
    <section aria-labelledby="marks-title" className="mt-5 rounded-2xl border border-border bg-surface p-6 text-sm">
      <h2 id="marks-title" className="font-semibold">
        Your marks
      </h2>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" aria-pressed={marks.flagged} disabled={disabled} onClick={() => void change({ flagged: !marks.flagged })} className={button}>
          {marks.flagged ? "★ Flagged" : "☆ Flag"}
        </button>
        <button type="button" aria-pressed={marks.suspended} disabled={disabled} onClick={() => void change({ suspended: !marks.suspended })} className={button}>
          {marks.suspended ? "Unsuspend" : "Suspend"}
        </button>
        {!marks.suspended && (
          <button type="button" aria-pressed={marks.buriedUntil !== null} disabled={disabled} onClick={() => void change({ buried: marks.buriedUntil === null })} className={button}>
            {marks.buriedUntil ? "Unbury" : "Bury until tomorrow"}
          </button>
        )}
      </div>
      <p className="mt-2 text-xs text-muted" role="status">
        {marks.suspended
          ? "Suspended: never shown in practice, drills or quizzes until you unsuspend it. Its schedule is kept."
          : marks.buriedUntil
            ? `Buried: back in practice from ${new Date(marks.buriedUntil).toLocaleString()}.`
            : ""}
      </p>
      {error && (
        <p role="alert" className="mt-2 rounded-lg bg-bad-soft px-3 py-2 text-bad">
          {error}
        </p>
      )}
      <div className="mt-4">
        {editing ? (
          <NoteEditor
            questionId={questionId}
            initial={marks.note}
            autoFocus
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              startTransition(() => router.refresh());
            }}
          />
        ) : noteHtml ? (
          <div>
            <h3 className="text-sm font-semibold tracking-wide text-muted uppercase">Your note</h3>
            <div className="prose-card mt-1" data-testid="note" {...renderedHtml(noteHtml)} />
            <button type="button" onClick={() => setEditing(true)} className="mt-2 text-accent underline">
              Edit note
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => setEditing(true)} className={button}>
            ✎ Add a note
          </button>
        )}
      </div>
    </section>
  );
}
