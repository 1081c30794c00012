// POST /api/library/practice – stores the questions a filtered library list selects, for a practice session of just those.
import { db } from "@/lib/db";
import { readJson, withUser } from "@/lib/http/with-user";
import { createStudySet } from "@/lib/server/library/study-set";
import { selectionSchema } from "@/lib/validation/library";

export const POST = withUser(async (req, user) => {
  const { filters } = selectionSchema.parse(await readJson(req));
  return createStudySet(db, { userId: user.id, filters });
});
