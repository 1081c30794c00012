// GET /api/decks/:id/export – one of the learner's decks as CSV (front, back, tags, type).
import { db } from "@/lib/db";
import { withUser } from "@/lib/http/with-user";
import { exportDeckCsv } from "@/lib/server/decks/export-deck-csv";

type Context = { params: Promise<{ id: string }> };

// A file name from the deck's name: letters, digits and hyphens only, so the header cannot be broken.
const fileName = (name: string) => name.normalize("NFKD").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "deck";

export const GET = withUser<Context>(async (_req, user, { params }) => {
  const { name, csv } = await exportDeckCsv(db, { userId: user.id, deckId: (await params).id });
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName(name)}.csv"`,
      "cache-control": "no-store",
    },
  });
});
