// POST /api/decks/:id/cards – writes a new card of any type into one of the learner's decks.
import { db } from "@/lib/db";
import { readJson, withUser } from "@/lib/http/with-user";
import { createOwnCard } from "@/lib/server/decks/own-cards";
import { ownCardSchema } from "@/lib/validation/decks";

type Context = { params: Promise<{ id: string }> };

export const POST = withUser<Context>(async (req, user, { params }) => {
  const card = ownCardSchema.parse(await readJson(req));
  return createOwnCard(db, { userId: user.id, deckId: (await params).id, card });
});
