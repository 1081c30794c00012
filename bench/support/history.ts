// A user with two years of history: a card state for every live question and `reviews` review logs,
// about 137 a day in one or two evening sittings. Shared by the dashboard and page benchmarks.
import { randomUUID } from "node:crypto";
import { isPostgres, type Db } from "../../lib/db-client";

const DAYS = 730;
const DAY = 86_400_000;

export async function userWithHistory(db: Db, reviews: number, timeZone = "Europe/Berlin") {
  const user = await db.user.create({ data: { email: `bench-${randomUUID()}@example.com`, passwordHash: "x", timeZone } });
  const questions = await db.question.findMany({ where: { retiredAt: null }, select: { id: true } });
  const now = Date.now();
  await db.cardState.createMany({
    data: questions.map((q, i) => ({
      userId: user.id,
      questionId: q.id,
      due: new Date(now + ((i % 20) - 5) * DAY),
      stability: 2 + (i % 90),
      difficulty: 3 + (i % 6),
      elapsedDays: i % 30,
      scheduledDays: 2 + (i % 90),
      learningSteps: 0,
      reps: 20 + (i % 50),
      lapses: i % 7,
      state: 2,
      lastReview: new Date(now - (i % 30) * DAY),
      version: 1,
    })),
  });
  for (let offset = 0; offset < reviews; offset += 5_000) {
    await db.reviewLog.createMany({
      data: Array.from({ length: Math.min(5_000, reviews - offset) }, (_, j) => {
        const i = offset + j;
        const day = Math.floor((i / reviews) * DAYS);
        const at = new Date(now - (DAYS - day) * DAY + (18 + (i % 4)) * 3_600_000 + (i % 3_600) * 1_000);
        return {
          userId: user.id,
          questionId: questions[i % questions.length]!.id,
          rating: i % 9 === 0 ? 1 : 3,
          source: i % 5 === 0 ? "quiz" : "practice",
          reviewedAt: at,
          durationMs: 3_000 + (i % 7_000),
          clientKey: randomUUID(),
          cardVersion: 1 + Math.floor(i / questions.length),
          prevExisted: true,
          prevState: 2,
          prevDue: at,
          prevStability: 10,
          prevDifficulty: 5,
          prevElapsedDays: 10,
          prevScheduledDays: 10 + (i % 40),
          prevLearningSteps: 0,
          prevReps: 5,
          prevLapses: 0,
          prevLastReview: null,
        };
      }),
    });
  }
  // A live PostgreSQL database has its statistics and visibility map from autovacuum; a bulk load that has not had
  // them yet gets them mid-benchmark instead (autovacuum wakes every minute), changing plans and taking CPU as it runs.
  if (isPostgres()) await db.$executeRawUnsafe(`VACUUM ANALYZE "ReviewLog", "CardState", "ReviewBucket", "User"`);
  return { user, questions };
}
