// PUT /api/questions/:id/mark – sets the learner's own note, star, suspension or burial on one question.
import { db } from "@/lib/db";
import { readJson, withUser } from "@/lib/http/with-user";
import { setMark } from "@/lib/server/library/set-mark";
import { markSchema } from "@/lib/validation/library";

type Context = { params: Promise<{ id: string }> };

export const PUT = withUser<Context>(async (req, user, { params }) => {
  const change = markSchema.parse(await readJson(req));
  return setMark(db, { userId: user.id, questionId: (await params).id, change });
});
