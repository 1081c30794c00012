"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { deckNameSchema } from "@/lib/validation/decks";
import { sendJson } from "../send-json";

/** The deck's name with rename and delete; deleting asks first and says the history is kept. */
export function DeckActions({ deckId, name, cardCount }: { deckId: string; name: string; cardCount: number }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [value, setValue] = useState(name);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<unknown>, after: () => void) {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      after();
    } catch (e) {
      setError(e instanceof Error ? e.message : "That did not work. Try again.");
    } finally {
      setBusy(false);
    }
  }

  if (editing)
    return (
      <form
        className="flex flex-col gap-2 sm:flex-row sm:items-end"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const parsed = deckNameSchema.safeParse({ name: value });
          if (!parsed.success) return setError(parsed.error.issues[0]?.message);
          void run(() => sendJson(`/api/decks/${deckId}`, "PATCH", parsed.data), () => {
            setEditing(false);
            router.refresh();
          });
        }}
      >
        <div className="flex-1">
          <Field id="deck-name" label="Deck name" value={value} onChange={(e) => setValue(e.target.value)} error={error} maxLength={120} autoFocus />
        </div>
        <Button type="submit" disabled={busy}>
          Save name
        </Button>
        <Button variant="secondary" onClick={() => setEditing(false)}>
          Cancel
        </Button>
      </form>
    );

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-semibold break-words">{name}</h1>
        <span className="text-sm text-muted">
          {cardCount} card{cardCount === 1 ? "" : "s"}
        </span>
        <Button variant="ghost" className="px-2 py-1" onClick={() => setEditing(true)}>
          Rename
        </Button>
        <Button variant="ghost" className="px-2 py-1" onClick={() => setConfirming(true)}>
          Delete deck
        </Button>
      </div>
      {confirming && (
        <div role="alertdialog" aria-labelledby="delete-deck-title" className="flex flex-col gap-2 rounded-lg border border-bad p-3 text-sm">
          <p id="delete-deck-title">Delete “{name}”? Its cards leave practice, quizzes and the library; your review history stays.</p>
          <div className="flex gap-2">
            <Button disabled={busy} onClick={() => void run(() => sendJson(`/api/decks/${deckId}`, "DELETE"), () => router.push("/decks"))} autoFocus>
              Delete it
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              Keep it
            </Button>
          </div>
        </div>
      )}
      {error && !editing && (
        <p role="alert" className="text-sm text-bad">
          {error}
        </p>
      )}
    </div>
  );
}
