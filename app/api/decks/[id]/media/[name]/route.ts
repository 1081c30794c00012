// GET /api/decks/:id/media/:name – an image stored with one of the learner's decks, private to them.
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/app-error";
import { withUser } from "@/lib/http/with-user";
import { getDeckMedia } from "@/lib/server/decks/deck-media";

type Context = { params: Promise<{ id: string; name: string }> };

function decoded(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    throw new AppError("not_found", "That image does not exist.");
  }
}

export const GET = withUser<Context>(async (_req, user, { params }) => {
  const { id, name } = await params;
  const media = await getDeckMedia(db, { userId: user.id, deckId: id, name: decoded(name) });
  return new Response(new Uint8Array(media.bytes), {
    headers: {
      "content-type": media.contentType,
      "content-length": String(media.size),
      // Only sniffed image types are stored; the browser must not second-guess them, nor cache them for others.
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
      "cache-control": "private, max-age=3600",
    },
  });
});
