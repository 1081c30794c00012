// POST /api/practice/grade – grades one card and answers with the next one in the same round trip.
import { db } from "@/lib/db";
import type { GradeResult } from "@/lib/practice/types";
import { readJson, withUser } from "@/lib/http/with-user";
import { getNextCard } from "@/lib/server/practice/get-next-card";
import { gradeCard } from "@/lib/server/practice/grade-card";
import { gradeRequestSchema } from "@/lib/validation/practice";

export const POST = withUser(async (req, user): Promise<GradeResult> => {
  const input = gradeRequestSchema.parse(await readJson(req));
  const outcome = await gradeCard(db, { ...input, userId: user.id, source: "practice" });
  const next = await getNextCard(db, { userId: user.id, topicId: input.topicId });
  return { ...outcome, next };
});
