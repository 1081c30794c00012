import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { plainText } from "@/lib/library/search-terms";
import { getOwnedDeck } from "@/lib/server/decks/decks";
import { listDeckCards } from "@/lib/server/decks/own-cards";
import { DeckActions } from "./deck-actions";
import { DeleteCardButton } from "./delete-card-button";
import { PractiseDeckButton } from "./practise-deck-button";
import { notFoundIfMissing } from "@/lib/http/not-found-if-missing";

export const metadata: Metadata = { title: "Deck" };

const TYPE: Record<string, string> = { flashcard: "Flashcard", single: "Single choice", multi: "Multiple choice", order: "Ordering", code: "Code" };

/** One of the learner's decks: its cards, and the ways to study, edit, export or delete it. Another learner's is a 404. */
export default async function DeckPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ imported?: string }> }) {
  const { id } = await params;
  const imported = Number((await searchParams).imported);
  const user = await requireUser(`/decks/${id}`);
  const deck = await getOwnedDeck(db, { userId: user.id, deckId: id }).catch(notFoundIfMissing);
  const cards = await listDeckCards(db, { userId: user.id, deckId: deck.id });
  return (
    <main className="mx-auto max-w-3xl px-4 py-8 sm:px-5">
      <p className="mb-2 text-sm">
        <Link href="/decks" className="text-muted hover:text-text">
          ← Your decks
        </Link>
      </p>
      <DeckActions deckId={deck.id} name={deck.name} cardCount={cards.length} />
      {Number.isInteger(imported) && imported > 0 && (
        <p role="status" className="mt-3 rounded-lg bg-good-soft px-3 py-2 text-sm">
          Imported {imported.toLocaleString("en")} card{imported === 1 ? "" : "s"}.
        </p>
      )}
      <div className="my-6 flex flex-wrap gap-2">
        <ButtonLink href={`/decks/${deck.id}/cards/new`}>New card</ButtonLink>
        <ButtonLink href={`/decks/import?deck=${deck.id}`} variant="secondary">
          Import a CSV into it
        </ButtonLink>
        {cards.length > 0 && <PractiseDeckButton deckId={deck.id} />}
        {cards.length > 0 && (
          <ButtonLink href={`/quiz/new?deck=${deck.id}`} variant="secondary">
            Quiz me on it
          </ButtonLink>
        )}
        {cards.length > 0 && (
          <ButtonLink href={`/questions?deck=${deck.id}`} variant="secondary">
            Open in the library
          </ButtonLink>
        )}
        {cards.length > 0 && (
          <a href={`/api/decks/${deck.id}/export`} className="inline-flex items-center rounded-lg px-4 py-2 text-sm font-medium text-muted hover:bg-surface-2 hover:text-text" download>
            Export as CSV
          </a>
        )}
        {cards.length > 0 && (
          <a href={`/api/decks/${deck.id}/apkg`} className="inline-flex items-center rounded-lg px-4 py-2 text-sm font-medium text-muted hover:bg-surface-2 hover:text-text" download>
            Export for Anki (.apkg)
          </a>
        )}
      </div>
      {cards.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-border p-6 text-center text-muted">This deck has no cards yet. Write one with New card, or import a CSV into it.</p>
      ) : (
        <ul aria-label="Cards" className="flex flex-col divide-y divide-border rounded-2xl border border-border bg-surface">
          {cards.map((card) => {
            const prompt = plainText(card.prompt).slice(0, 160);
            return (
              <li key={card.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3">
                <Link href={`/questions/${card.id}`} className="min-w-0 flex-1 truncate hover:underline">
                  {prompt}
                </Link>
                <span className="text-xs text-muted">{TYPE[card.type] ?? card.type}</span>
                <Link href={`/decks/${deck.id}/cards/${card.id}`} className="text-sm text-accent hover:underline" aria-label={`Edit “${prompt.slice(0, 60)}”`}>
                  Edit
                </Link>
                <DeleteCardButton cardId={card.id} label={prompt.slice(0, 60)} />
              </li>
            );
          })}
        </ul>
      )}
    </main>
  );
}
