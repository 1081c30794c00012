// GET /api/export/review-history – the whole review history in the FSRS optimiser's CSV schema.
import { db } from "@/lib/db";
import { withUser } from "@/lib/http/with-user";
import { exportReviewHistory } from "@/lib/server/export/export-review-history";

export const GET = withUser(async (_req, user) => {
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(await exportReviewHistory(db, { userId: user.id }), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="interview-trainer-fsrs-reviews-${stamp}.csv"`,
      "cache-control": "no-store",
    },
  });
});
