// POST /api/practice/grade – grades one card and answers with the next one in the same round trip.
import { db } from "@/lib/db";
import type { GradeResult } from "@/lib/practice/types";
import { readJson, withUser } from "@/lib/http/with-user";
import { afterResponse } from "@/lib/http/after-response";
import { isFitDue } from "@/lib/learner/fit-policy";
import { fitIfDue } from "@/lib/server/learner/fit-params";
import { gradeCard } from "@/lib/server/practice/grade-card";
import { nextCardFor, reviewSourceFor } from "@/lib/server/practice/next-for-mode";
import { gradeRequestSchema } from "@/lib/validation/practice";

export const POST = withUser(async (req, user): Promise<GradeResult> => {
  const { mode, topicId, setId, cardVersion, ...input } = gradeRequestSchema.parse(await readJson(req));
  const outcome = await gradeCard(db, {
    ...input,
    expectedVersion: cardVersion,
    userId: user.id,
    source: reviewSourceFor(mode),
    learner: user.learner,
  });
  // Refitting the learner's scheduler waits until this response is on its way; the count read with the session is one short of this grade.
  const counts = user.learner && { reviewCount: user.learner.reviewCount + 1, fitAttemptReviews: user.learner.fitAttemptReviews };
  // Most grades are nowhere near a fit, and scheduling after-work costs Next a context snapshot per request.
  const fitMayBeDue = !counts || isFitDue(counts.reviewCount, counts.fitAttemptReviews);
  if (!outcome.duplicate && fitMayBeDue) afterResponse("fsrs_fit", () => fitIfDue(db, { userId: user.id, counts: counts ?? undefined }));
  const next = await nextCardFor(db, mode, { userId: user.id, topicId, setId, learner: user.learner });
  return { ...outcome, next };
}, { compress: false });
