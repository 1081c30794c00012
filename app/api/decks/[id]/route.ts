// PATCH /api/decks/:id – renames one of the learner's decks; DELETE – deletes it (its cards retire, history stays).
import { db } from "@/lib/db";
import { readJson, withUser } from "@/lib/http/with-user";
import { deleteDeck, renameDeck } from "@/lib/server/decks/decks";
import { deckNameSchema } from "@/lib/validation/decks";

type Context = { params: Promise<{ id: string }> };

export const PATCH = withUser<Context>(async (req, user, { params }) => {
  const { name } = deckNameSchema.parse(await readJson(req));
  return renameDeck(db, { userId: user.id, deckId: (await params).id, name });
});

export const DELETE = withUser<Context>(async (_req, user, { params }) => deleteDeck(db, { userId: user.id, deckId: (await params).id }));
