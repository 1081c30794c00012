import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listDecks } from "@/lib/server/decks/decks";
import { NewDeckForm } from "./new-deck-form";

export const metadata: Metadata = { title: "Your decks" };

const SOURCE: Record<string, string> = { manual: "written by you", csv: "imported from CSV", anki: "imported from Anki" };

/** The learner's own decks: create one, import a file, or open one to write and study its cards. */
export default async function DecksPage() {
  const user = await requireUser("/decks");
  const decks = await listDecks(db, { userId: user.id });
  return (
    <main className="mx-auto max-w-3xl px-4 py-8 sm:px-5">
      <div className="mb-6 flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-semibold">Your decks</h1>
        <p className="text-sm text-muted">Cards you write or import, private to you, studied like the bank&apos;s.</p>
      </div>
      <div className="mb-8 flex flex-col gap-4 rounded-2xl border border-border bg-surface p-5 sm:flex-row sm:items-end">
        <NewDeckForm />
        <div className="flex flex-wrap gap-2">
          <ButtonLink href="/decks/import" variant="secondary">
            Import a CSV or TSV
          </ButtonLink>
          <ButtonLink href="/decks/import/anki" variant="secondary">
            Import from Anki
          </ButtonLink>
        </div>
      </div>
      {decks.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-border p-6 text-center text-muted">No decks yet. Create one above and write your first card, or import a CSV file or an Anki deck.</p>
      ) : (
        <ul className="flex flex-col divide-y divide-border rounded-2xl border border-border bg-surface">
          {decks.map((deck) => (
            <li key={deck.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-3">
              <Link href={`/decks/${deck.id}`} className="font-medium text-accent hover:underline">
                {deck.name}
              </Link>
              <span className="text-sm text-muted">
                {deck.cardCount} card{deck.cardCount === 1 ? "" : "s"} · {SOURCE[deck.source] ?? deck.source}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-8 text-sm text-muted">
        Your whole review history, for the FSRS optimiser or a spreadsheet:{" "}
        <a href="/api/export/review-history" className="text-accent underline">
          download it as CSV
        </a>
        .
      </p>
    </main>
  );
}
