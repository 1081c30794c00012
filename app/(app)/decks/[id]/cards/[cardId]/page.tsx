import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { ownCardFromColumns } from "@/lib/decks/card-columns";
import { getOwnedDeck } from "@/lib/server/decks/decks";
import { getOwnCard } from "@/lib/server/decks/own-cards";
import { CardForm } from "../../card-form";
import { notFoundIfMissing } from "@/lib/http/not-found-if-missing";

export const metadata: Metadata = { title: "Edit card" };

export default async function EditCardPage({ params }: { params: Promise<{ id: string; cardId: string }> }) {
  const { id, cardId } = await params;
  const user = await requireUser(`/decks/${id}/cards/${cardId}`);
  const [deck, card] = await Promise.all([getOwnedDeck(db, { userId: user.id, deckId: id }).catch(notFoundIfMissing), getOwnCard(db, { userId: user.id, cardId }).catch(notFoundIfMissing)]);
  if (card.deckId !== deck.id) notFound();
  return (
    <main className="mx-auto max-w-4xl px-4 py-8 sm:px-5">
      <p className="mb-2 text-sm">
        <Link href={`/decks/${deck.id}`} className="text-muted hover:text-text">
          ← {deck.name}
        </Link>
      </p>
      <h1 className="mb-6 text-2xl font-semibold">Edit card</h1>
      <CardForm deckId={deck.id} cardId={card.id} initial={ownCardFromColumns(card)} />
    </main>
  );
}
