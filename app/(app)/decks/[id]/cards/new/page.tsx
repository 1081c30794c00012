import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/app-error";
import { getOwnedDeck } from "@/lib/server/decks/decks";
import { CardForm } from "../../card-form";

export const metadata: Metadata = { title: "New card" };

export default async function NewCardPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/decks/${id}/cards/new`);
  const deck = await getOwnedDeck(db, { userId: user.id, deckId: id }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
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
