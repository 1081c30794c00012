import type { Db } from "../../lib/db-client";

/** Mean time of the practice queue statement for this learner over `runs` runs after 100 to warm up, in µs. */
export async function queueMicros(db: Db, userId: string, runs: number): Promise<number> {
  const { practiceQueueStatement } = await import("../../lib/server/practice/get-next-card");
  const { hotQuery } = await import("../../lib/db-client");
  const { getRequestLearner } = await import("../../lib/server/users/session-check");
  const learner = await getRequestLearner(db, userId);
  const once = () => hotQuery(db, practiceQueueStatement(db, { userId, now: new Date(), learner }));
  for (let i = 0; i < 100; i++) await once();
  const started = performance.now();
  for (let i = 0; i < runs; i++) await once();
  return ((performance.now() - started) / runs) * 1000;
}
