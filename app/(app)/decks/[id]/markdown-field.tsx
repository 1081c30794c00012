"use client";

import { useMemo } from "react";
import { renderedHtml } from "@/components/study/rendered-html";
import { renderMarkdown } from "@/lib/markdown";

/** A Markdown textarea with its live preview beside it (below it on a phone), rendered by the app's safe renderer. */
export function MarkdownField({ id, label, value, onChange, error, rows = 4, optional = false }: { id: string; label: string; value: string; onChange: (v: string) => void; error?: string; rows?: number; optional?: boolean }) {
  // lib/markdown.ts escapes raw HTML and drops unsafe links, on the client as on the server.
  const preview = useMemo(() => (value.trim() ? renderMarkdown(value) : ""), [value]);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label} {optional && <span className="font-normal text-muted">(optional)</span>} <span className="font-normal text-muted">Markdown</span>
      </label>
      <div className="grid gap-2 md:grid-cols-2">
        <textarea
          id={id}
          value={value}
          rows={rows}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="rounded-lg border border-border bg-surface px-3 py-2 font-mono text-sm text-text aria-invalid:border-bad"
        />
        <section aria-label={`${label} preview`} className="min-h-16 rounded-lg border border-dashed border-border bg-surface-2 px-3 py-2">
          {preview ? <div className="prose-card text-sm" {...renderedHtml(preview)} /> : <p className="text-sm text-muted">The preview shows here as you type.</p>}
        </section>
      </div>
      {error && (
        <p id={`${id}-error`} className="text-sm text-bad">
          {error}
        </p>
      )}
    </div>
  );
}
