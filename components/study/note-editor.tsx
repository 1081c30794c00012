"use client";

import { useEffect, useRef, useState } from "react";
import { NOTE_MAX_LENGTH } from "@/lib/validation/library";
import { saveMarks } from "./save-marks";

/** The learner's private Markdown note on a question: edit, save (Ctrl/Cmd+Enter), cancel (Escape). */
export function NoteEditor({ questionId, initial, onSaved, onCancel, autoFocus = false }: { questionId: string; initial: string | null; onSaved: (note: string | null) => void; onCancel?: () => void; autoFocus?: boolean }) {
  const [text, setText] = useState(initial ?? "");
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLTextAreaElement>(null);
  const id = `note-${questionId}`;

  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus]);

  async function save() {
    setSaving(true);
    setError(null);
    try {
      const marks = await saveMarks(questionId, { note: text });
      onSaved(marks.note);
    } catch (e) {
      setError(e instanceof Error ? e.message : "Your note was not saved. Try again.");
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label htmlFor={id} className="text-sm font-medium">
        Your note <span className="font-normal text-muted">(private, Markdown)</span>
      </label>
      <textarea
        ref={ref}
        id={id}
        value={text}
        rows={4}
        maxLength={NOTE_MAX_LENGTH}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void save();
          } else if (e.key === "Escape" && onCancel) {
            e.preventDefault();
            onCancel();
          }
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : `${id}-hint`}
        className="rounded-lg border border-border bg-surface px-3 py-2 font-mono text-sm text-text aria-invalid:border-bad"
      />
      <p id={`${id}-hint`} className="text-xs text-muted">
        Shown with the answer next time. <kbd className="font-mono">Ctrl</kbd>+<kbd className="font-mono">Enter</kbd> saves{onCancel ? ", Esc cancels" : ""}.
      </p>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-bad">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <button type="submit" disabled={saving} className="rounded-lg bg-accent px-3 py-1.5 text-sm font-medium text-accent-ink hover:opacity-90 disabled:opacity-50">
          {saving ? "Saving…" : "Save note"}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel} className="rounded-lg px-3 py-1.5 text-sm text-muted hover:bg-surface-2 hover:text-text">
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
