"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { sendJson } from "../send-json";

/** Deletes (retires) one card after a second press; its history stays. */
export function DeleteCardButton({ cardId, label }: { cardId: string; label: string }) {
  const router = useRouter();
  const [armed, setArmed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="flex items-center gap-2">
      <Button
        variant="ghost"
        className={`px-2 py-1 ${armed ? "text-bad" : ""}`}
        aria-label={armed ? `Confirm deleting “${label}”` : `Delete “${label}”`}
        onClick={() => {
          if (!armed) return setArmed(true);
          sendJson(`/api/own-cards/${cardId}`, "DELETE").then(
            () => router.refresh(),
            (e: unknown) => setError(e instanceof Error ? e.message : "Not deleted. Try again."),
          );
        }}
        onBlur={() => setArmed(false)}
      >
        {armed ? "Really delete?" : "Delete"}
      </Button>
      {error && (
        <span role="alert" className="text-xs text-bad">
          {error}
        </span>
      )}
    </span>
  );
}
