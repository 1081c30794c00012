import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listDecks } from "@/lib/server/decks/decks";
import { CsvImport } from "./csv-import";

export const metadata: Metadata = { title: "Import cards" };

export default async function ImportPage({ searchParams }: { searchParams: Promise<{ deck?: string }> }) {
  const user = await requireUser("/decks/import");
  const [decks, { deck }] = await Promise.all([listDecks(db, { userId: user.id }), searchParams]);
  return (
    <main className="mx-auto max-w-4xl px-4 py-8 sm:px-5">
      <p className="mb-2 text-sm">
        <Link href="/decks" className="text-muted hover:text-text">
          ← Your decks
        </Link>
      </p>
      <h1 className="mb-2 text-2xl font-semibold">Import cards from CSV or TSV</h1>
      <p className="mb-6 text-sm text-muted">
        One card per row: front, back, and optionally tags and a type (flashcard, or reversed for a card each way). UTF-8, with or without a header. You see the first rows and choose the columns before anything is saved.
      </p>
      <p className="mb-6 text-sm">
        Coming from Anki?{" "}
        <Link href="/decks/import/anki" className="text-accent underline">
          Import an .apkg or .colpkg with your review history
        </Link>
        .
      </p>
      <CsvImport decks={decks.map((d) => ({ id: d.id, name: d.name }))} initialDeckId={decks.some((d) => d.id === deck) ? deck! : null} />
    </main>
  );
}
