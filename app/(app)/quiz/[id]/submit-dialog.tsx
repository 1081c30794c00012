"use client";

import { useEffect, useRef } from "react";

export function SubmitDialog({
  unanswered,
  flagged,
  submitting,
  onCancel,
  onConfirm,
}: {
  unanswered: number;
  flagged: number;
  submitting: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  // Focus starts on the safe choice: submitting ends the mock, so it takes a deliberate move.
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => keepRef.current?.focus(), []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") onCancel();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onCancel]);
  return (
    <div className="fixed inset-0 z-20 flex items-center justify-center bg-black/40 p-4">
      <div role="dialog" aria-modal="true" aria-labelledby="submit-title" aria-describedby="submit-body" className="w-full max-w-md rounded-2xl border border-border bg-surface p-6 shadow-xl">
        <h2 id="submit-title" className="text-lg font-semibold">
          Submit your quiz?
        </h2>
        <p id="submit-body" className="mt-2 text-sm text-muted">
          {unanswered > 0 ? `${unanswered} question${unanswered === 1 ? " is" : "s are"} unanswered and will count as wrong. ` : "Every question has an answer. "}
          {flagged > 0 ? `${flagged} ${flagged === 1 ? "is" : "are"} flagged for review. ` : ""}
          You cannot change answers afterwards.
        </p>
        <div className="mt-6 flex justify-end gap-2">
          <button ref={keepRef} type="button" onClick={onCancel} className="min-h-11 rounded-lg border border-border px-4 py-2 text-sm hover:bg-surface-2">
            Keep answering
          </button>
          <button type="button" onClick={onConfirm} disabled={submitting} className="min-h-11 rounded-lg bg-accent px-4 py-2 text-sm font-medium text-accent-ink disabled:opacity-50">
            {submitting ? "Submitting…" : "Submit quiz"}
          </button>
        </div>
      </div>
    </div>
  );
}
