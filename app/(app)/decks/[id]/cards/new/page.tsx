import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getOwnedDeck } from "@/lib/server/decks/decks";
import { CardForm } from "../../card-form";
import { notFoundIfMissing } from "@/lib/http/not-found-if-missing";

export const metadata: Metadata = { title: "New card" };

export default async function NewCardPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/decks/${id}/cards/new`);
  const deck = await getOwnedDeck(db, { userId: user.id, deckId: id }).catch(notFoundIfMissing);
  return (
    <main className="mx-auto max-w-4xl px-4 py-8 sm:px-5">
      <p className="mb-2 text-sm">
        <Link href={`/decks/${deck.id}`} className="text-muted hover:text-text">
          ← {deck.name}
        </Link>
      </p>
      <h1 className="mb-6 text-2xl font-semibold">New card</h1>
      <CardForm deckId={deck.id} />
    </main>
  );
}
