import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { ANKI_LIMITS, formatMegabytes } from "@/lib/anki/limits";
import { AnkiImportView } from "./anki-import-view";

export const metadata: Metadata = { title: "Import from Anki" };

export default async function AnkiImportPage() {
  await requireUser("/decks/import/anki");
  return (
    <main className="mx-auto max-w-xl px-4 py-8 sm:px-5">
      <p className="mb-2 text-sm">
        <Link href="/decks" className="text-muted hover:text-text">
          ← Your decks
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Import from Anki</h1>
      <p className="mt-2 text-sm text-muted">
        Export a deck from Anki desktop as a <code>.apkg</code> (or your whole collection as a <code>.colpkg</code>), with scheduling
        included, and import it here. Your review history comes along, so each card keeps its memory state.
      </p>
      <AnkiImportView
        limits={{ upload: ANKI_LIMITS.uploadBytes, uploadLabel: formatMegabytes(ANKI_LIMITS.uploadBytes), notes: ANKI_LIMITS.notes, imageLabel: formatMegabytes(ANKI_LIMITS.imageBytes) }}
      />
    </main>
  );
}
