// GET /api/decks/:id/apkg – one of the learner's decks as an Anki package, with their review history.
import { db } from "@/lib/db";
import { withUser } from "@/lib/http/with-user";
import { exportDeckApkg } from "@/lib/server/decks/export-anki";

type Context = { params: Promise<{ id: string }> };

// A file name from the deck's name: letters, digits and hyphens only, so the header cannot be broken.
const fileName = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60) || "deck";

export const GET = withUser<Context>(async (_req, user, { params }) => {
  const { name, apkg } = await exportDeckApkg(db, { userId: user.id, deckId: (await params).id });
  return new Response(new Uint8Array(apkg), {
    headers: {
      "content-type": "application/octet-stream",
      "content-disposition": `attachment; filename="${fileName(name)}.apkg"`,
      "cache-control": "no-store",
    },
  });
});
