// POST /api/practice/grade – grades one card and answers with the next one in the same round trip.
import { db } from "@/lib/db";
import type { GradeResult } from "@/lib/practice/types";
import { readJson, withClaimedUser } from "@/lib/http/with-user";
import { afterResponse } from "@/lib/http/after-response";
import { isFitDue } from "@/lib/learner/fit-policy";
import { fitIfDue } from "@/lib/server/learner/fit-params";
import { gradeCardInSession } from "@/lib/server/practice/grade-card";
import { nextCardFor, reviewSourceFor } from "@/lib/server/practice/next-for-mode";
import { gradeRequestSchema } from "@/lib/validation/practice";

// The session is checked in the grade's own first read, one round trip fewer; nothing is read or written before it.
export const POST = withClaimedUser(async (req, user): Promise<GradeResult> => {
  const { mode, topicId, setId, cardVersion, ...input } = gradeRequestSchema.parse(await readJson(req));
  const { outcome, learner } = await gradeCardInSession(db, {
    ...input,
    expectedVersion: cardVersion,
    session: user.session,
    source: reviewSourceFor(mode),
  });
  // Refitting the learner's scheduler waits until this response is on its way; the count read with the session is one short of this grade.
  const counts = { reviewCount: learner.reviewCount + 1, fitAttemptReviews: learner.fitAttemptReviews };
  // Most grades are nowhere near a fit, and scheduling after-work costs Next a context snapshot per request.
  if (!outcome.duplicate && isFitDue(counts.reviewCount, counts.fitAttemptReviews)) afterResponse("fsrs_fit", () => fitIfDue(db, { userId: user.id, counts }));
  const next = await nextCardFor(db, mode, { userId: user.id, topicId, setId, learner });
  return { ...outcome, next };
}, { compress: false, pastProxy: true });
