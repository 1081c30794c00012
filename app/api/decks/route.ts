// GET /api/decks – the learner's decks; POST /api/decks – creates one from { name }.
import { db } from "@/lib/db";
import { readJson, withUser } from "@/lib/http/with-user";
import { createDeck, listDecks } from "@/lib/server/decks/decks";
import { deckNameSchema } from "@/lib/validation/decks";

export const GET = withUser(async (_req, user) => ({ decks: await listDecks(db, { userId: user.id }) }));

export const POST = withUser(async (req, user) => {
  const { name } = deckNameSchema.parse(await readJson(req));
  return createDeck(db, { userId: user.id, name });
});
