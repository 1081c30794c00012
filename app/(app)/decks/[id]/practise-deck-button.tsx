"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { sendJson } from "../send-json";

/** Practises just this deck: a library selection of its cards, due ones first, outside the daily new-card limit. */
export function PractiseDeckButton({ deckId }: { deckId: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Button
        variant="secondary"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          sendJson<{ id: string }>("/api/library/practice", "POST", { filters: { deck: deckId } }).then(
            (set) => router.push(`/practice?set=${set.id}`),
            (e: unknown) => {
              setError(e instanceof Error ? e.message : "Could not start. Try again.");
              setBusy(false);
            },
          );
        }}
      >
        {busy ? "Starting…" : "Practise this deck"}
      </Button>
      {error && (
        <p role="alert" className="w-full text-sm text-bad">
          {error}
        </p>
      )}
    </>
  );
}
