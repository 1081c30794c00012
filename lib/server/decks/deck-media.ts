import "server-only";
import type { Db } from "@/lib/db-client";
import { AppError } from "@/lib/http/app-error";
import { deckIdSchema } from "@/lib/validation/decks";

const notFound = () => new AppError("not_found", "That image does not exist.");

/** One image of one of the learner's live decks; anyone else's (or a deleted deck's) is a 404. */
export async function getDeckMedia(db: Db, { userId, deckId, name }: { userId: string; deckId: string; name: string }) {
  if (!deckIdSchema.safeParse(deckId).success || name.length === 0 || name.length > 255) throw notFound();
  const media = await db.deckMedia.findFirst({
    where: { deckId, name, userId, deck: { userId, deletedAt: null } },
    select: { bytes: true, contentType: true, size: true },
  });
  if (!media) throw notFound();
  return media;
}
