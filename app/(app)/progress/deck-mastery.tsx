import Link from "next/link";
import type { DeckMastery } from "@/lib/server/progress/get-topic-mastery";

/** Mastery of each of the learner's own decks, scored like a topic; shown only once they have a deck. */
export function DeckMasteryPanel({ decks }: { decks: DeckMastery[] }) {
  if (decks.length === 0) return null;
  return (
    <section aria-labelledby="deck-mastery-title" className="rounded-2xl border border-border bg-surface p-5">
      <h2 id="deck-mastery-title" className="font-semibold">
        Your decks
      </h2>
      <ul className="mt-3 flex flex-col gap-3">
        {decks.map((deck) => (
          <li key={deck.id} className="flex flex-col gap-1">
            <div className="flex items-baseline gap-2 text-sm">
              <Link href={`/decks/${deck.id}`} className="min-w-0 flex-1 truncate font-medium hover:underline">
                {deck.name}
              </Link>
              <span className="tabular-nums">{deck.score}%</span>
            </div>
            <div className="h-2 rounded-full bg-surface-2" aria-hidden="true">
              <div className="h-2 rounded-full bg-accent" style={{ width: `${Math.max(0, Math.min(100, deck.score))}%` }} />
            </div>
            <p className="text-xs text-muted">
              Mastery {deck.score}% · {deck.seen} of {deck.total} card{deck.total === 1 ? "" : "s"} seen{deck.weak > 0 ? ` · ${deck.weak} weak` : ""}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
