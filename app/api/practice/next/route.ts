// GET /api/practice/next?topic=apis – the next card to practise, or when the next one is due.
import { db } from "@/lib/db";
import { withUser } from "@/lib/http/with-user";
import { getNextCard } from "@/lib/server/practice/get-next-card";
import { topicFilterSchema } from "@/lib/validation/practice";

export const GET = withUser(async (req, user) => {
  const topicId = topicFilterSchema.parse(req.nextUrl.searchParams.get("topic"));
  return getNextCard(db, { userId: user.id, topicId });
});
