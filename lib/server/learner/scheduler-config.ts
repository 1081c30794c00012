import "server-only";
import type { Db } from "@/lib/db-client";
import { parseJsonColumn } from "@/lib/json-column";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SchedulerConfig } from "@/lib/srs/scheduler";

export interface LearnerScheduler {
  config: SchedulerConfig;
  /** The FsrsParams version in use, or null for the default weights. */
  paramsId: string | null;
}

type Reader = Db | Prisma.TransactionClient;

/** The learner's own scheduler: their fitted weights when those predict them better, and their desired retention. */
export async function getLearnerScheduler(db: Reader, userId: string): Promise<LearnerScheduler> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { desiredRetention: true, fsrsParams: { select: { id: true, weights: true } } },
  });
  return {
    config: { desiredRetention: user.desiredRetention, weights: parseJsonColumn<number[]>(user.fsrsParams?.weights ?? null) },
    paramsId: user.fsrsParams?.id ?? null,
  };
}
