// POST /api/library/quiz – starts a timed quiz drawn from the questions a filtered library list selects.
import { db } from "@/lib/db";
import { readJson, withUser } from "@/lib/http/with-user";
import { createSelectionQuiz } from "@/lib/server/library/create-selection-quiz";
import { selectionQuizSchema } from "@/lib/validation/library";

export const POST = withUser(async (req, user) => {
  const { filters, count } = selectionQuizSchema.parse(await readJson(req));
  return createSelectionQuiz(db, { userId: user.id, filters, count });
});
