"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { postJson, SessionExpiredError } from "../../../practice/post-json";
import { uploadPackage, type ImportSummary } from "./upload";

type Limits = { upload: number; uploadLabel: string; notes: number; imageLabel: string };

type Phase =
  | { kind: "idle" }
  | { kind: "uploading"; fraction: number }
  | { kind: "importing" }
  | { kind: "conflict"; message: string }
  | { kind: "done"; summary: ImportSummary }
  | { kind: "error"; message: string };

export function AnkiImportView({ limits }: { limits: Limits }) {
  const router = useRouter();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [starting, setStarting] = useState<string | null>(null);
  const busy = phase.kind === "uploading" || phase.kind === "importing";

  async function send(update: boolean) {
    if (!file) return setPhase({ kind: "error", message: "Choose an .apkg or .colpkg file first." });
    if (file.size > limits.upload) return setPhase({ kind: "error", message: `This file is larger than ${limits.uploadLabel}, the most an import takes.` });
    setPhase({ kind: "uploading", fraction: 0 });
    const outcome = await uploadPackage(file, update, (fraction) => setPhase(fraction >= 1 ? { kind: "importing" } : { kind: "uploading", fraction }));
    if (outcome.kind === "signed-out") return router.push(`/signin?callbackUrl=${encodeURIComponent("/decks/import/anki")}`);
    setPhase(outcome.kind === "done" ? { kind: "done", summary: outcome.summary } : outcome);
  }

  async function practise(deckId: string) {
    setStarting(deckId);
    try {
      const set = await postJson<{ id: string }>("/api/library/practice", { filters: { deck: deckId } });
      router.push(`/practice?set=${set.id}`);
    } catch (e) {
      if (e instanceof SessionExpiredError) return router.push(e.signInUrl);
      setPhase({ kind: "error", message: e instanceof Error ? e.message : "Could not start practice. Try again." });
      setStarting(null);
    }
  }

  return (
    <div className="mt-6 flex flex-col gap-4">
      <form
        className="flex flex-col gap-3 rounded-xl border border-border bg-surface p-4"
        onSubmit={(event) => {
          event.preventDefault();
          void send(false);
        }}
      >
        <label htmlFor={inputId} className="text-sm font-medium">
          Anki package (.apkg or .colpkg)
        </label>
        <input
          id={inputId}
          type="file"
          accept=".apkg,.colpkg"
          disabled={busy}
          className="text-sm file:mr-3 file:rounded-lg file:border file:border-border file:bg-surface-2 file:px-3 file:py-1.5 file:text-text"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setPhase({ kind: "idle" });
          }}
        />
        <p className="text-xs text-muted">
          Up to {limits.uploadLabel}, {limits.notes.toLocaleString("en")} notes and {limits.imageLabel} per image. Sounds are not kept.
        </p>
        <div>
          <Button type="submit" disabled={busy || !file}>
            {busy ? "Importing…" : "Import"}
          </Button>
        </div>
      </form>

      {phase.kind === "uploading" && (
        <div role="status" className="flex flex-col gap-1 text-sm">
          <span>Uploading… {Math.round(phase.fraction * 100)}%</span>
          <progress aria-label="Upload progress" className="w-full" max={1} value={phase.fraction} />
        </div>
      )}
      {phase.kind === "importing" && (
        <div role="status" className="flex flex-col gap-1 text-sm">
          <span>Importing: reading the notes and replaying your review history…</span>
          <progress aria-label="Import progress" className="w-full" />
        </div>
      )}
      {phase.kind === "error" && (
        <p role="alert" className="rounded-lg bg-bad-soft px-3 py-2 text-sm text-bad">
          {phase.message}
        </p>
      )}
      {phase.kind === "conflict" && (
        <div role="alert" className="flex flex-col gap-3 rounded-lg border border-border bg-surface-2 px-3 py-3 text-sm">
          <p>{phase.message}</p>
          <p className="text-muted">Updating changes the cards in place, adds new ones and retires those no longer in the file. Reviews you made here are kept.</p>
          <div className="flex flex-wrap gap-2">
            <Button onClick={() => void send(true)}>Update the existing deck</Button>
            <Button variant="secondary" onClick={() => setPhase({ kind: "idle" })}>
              Cancel
            </Button>
          </div>
        </div>
      )}
      {phase.kind === "done" && <ImportDone summary={phase.summary} starting={starting} onPractise={(id) => void practise(id)} />}
    </div>
  );
}

function ImportDone({ summary, starting, onPractise }: { summary: ImportSummary; starting: string | null; onPractise: (deckId: string) => void }) {
  const counts = [
    `${summary.created.toLocaleString("en")} new cards`,
    summary.updated ? `${summary.updated.toLocaleString("en")} updated` : null,
    summary.retired ? `${summary.retired.toLocaleString("en")} retired` : null,
    `${summary.reviews.toLocaleString("en")} reviews`,
    `${summary.images.toLocaleString("en")} images`,
  ].filter(Boolean);
  return (
    <section aria-labelledby="import-done" className="rounded-xl border border-border bg-surface p-4">
      <h2 id="import-done" className="font-semibold">
        Imported
      </h2>
      <p role="status" className="mt-1 text-sm text-muted">
        {counts.join(", ")}.
      </p>
      <ul className="mt-3 flex flex-col gap-2">
        {summary.decks.map((deck) => (
          <li key={deck.id} className="flex flex-wrap items-center justify-between gap-2 border-t border-border pt-2">
            <span className="min-w-0 break-words text-sm font-medium">{deck.name}</span>
            <span className="flex gap-2">
              <Button variant="secondary" disabled={starting !== null} onClick={() => onPractise(deck.id)} aria-label={`Practise ${deck.name}`}>
                {starting === deck.id ? "Starting…" : "Practise"}
              </Button>
              <a className={buttonClass("ghost")} href={`/api/decks/${deck.id}/apkg`} download aria-label={`Export ${deck.name} as .apkg`}>
                Export .apkg
              </a>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
