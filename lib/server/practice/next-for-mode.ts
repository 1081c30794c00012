import "server-only";
import type { Db } from "@/lib/db-client";
import type { NextCardResult } from "@/lib/practice/types";
import { getDrillCard } from "./get-drill-card";
import { getNextCard } from "./get-next-card";

export type PracticeMode = "practice" | "drill";

/** The next card of a practice session or of a weak-topic drill. */
export function nextCardFor(db: Db, mode: PracticeMode, options: { userId: string; topicId?: string | null; now?: Date }): Promise<NextCardResult> {
  return mode === "drill" ? getDrillCard(db, options) : getNextCard(db, options);
}
