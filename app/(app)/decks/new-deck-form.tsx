"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { deckNameSchema } from "@/lib/validation/decks";
import { sendJson } from "./send-json";

/** Names a new deck and opens it, ready for its first card. */
export function NewDeckForm() {
  const router = useRouter();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  async function create() {
    const parsed = deckNameSchema.safeParse({ name });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setSaving(true);
    setError(undefined);
    try {
      const deck = await sendJson<{ id: string }>("/api/decks", "POST", parsed.data);
      router.push(`/decks/${deck.id}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : "The deck was not created. Try again.");
      setSaving(false);
    }
  }

  return (
    <form
      className="flex flex-1 flex-col gap-2 sm:flex-row sm:items-end"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void create();
      }}
    >
      <div className="flex-1">
        <Field id="new-deck-name" label="New deck" placeholder="e.g. Payments team stack" value={name} onChange={(e) => setName(e.target.value)} error={error} maxLength={120} />
      </div>
      <Button type="submit" disabled={saving}>
        {saving ? "Creating…" : "Create deck"}
      </Button>
    </form>
  );
}
