// PUT /api/own-cards/:id – edits one of the learner's cards; DELETE – retires it, keeping its history.
import { db } from "@/lib/db";
import { readJson, withUser } from "@/lib/http/with-user";
import { retireOwnCard, updateOwnCard } from "@/lib/server/decks/own-cards";
import { ownCardSchema } from "@/lib/validation/decks";

type Context = { params: Promise<{ id: string }> };

export const PUT = withUser<Context>(async (req, user, { params }) => {
  const card = ownCardSchema.parse(await readJson(req));
  return updateOwnCard(db, { userId: user.id, cardId: (await params).id, card });
});

export const DELETE = withUser<Context>(async (_req, user, { params }) => retireOwnCard(db, { userId: user.id, cardId: (await params).id }));
