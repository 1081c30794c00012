// GET /api/practice/next?topic=apis&mode=drill (or mode=selection&set=…) – the next card to practise, or when the next one is due.
import { db } from "@/lib/db";
import { withUser } from "@/lib/http/with-user";
import { nextCardFor } from "@/lib/server/practice/next-for-mode";
import { practiceModeSchema, setIdSchema, topicFilterSchema } from "@/lib/validation/practice";

export const GET = withUser(async (req, user) => {
  const topicId = topicFilterSchema.parse(req.nextUrl.searchParams.get("topic"));
  const mode = practiceModeSchema.parse(req.nextUrl.searchParams.get("mode") ?? undefined);
  const setId = setIdSchema.parse(req.nextUrl.searchParams.get("set"));
  return nextCardFor(db, mode, { userId: user.id, topicId, setId, learner: user.learner });
}, { compress: false, pastProxy: true });
