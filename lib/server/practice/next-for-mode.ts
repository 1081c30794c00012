import "server-only";
import type { Db } from "@/lib/db-client";
import type { NextCardResult } from "@/lib/practice/types";
import type { PracticeMode } from "@/lib/validation/practice";
import { getDrillCard } from "./get-drill-card";
import { getMisconceptionDrillCard } from "./get-misconception-drill-card";
import { getNextCard, type NextCardOptions } from "./get-next-card";

/** The next card of a practice session, a weak-topic drill, or a drill of the learner's misconceptions. */
export function nextCardFor(db: Db, mode: PracticeMode, options: NextCardOptions): Promise<NextCardResult> {
  if (mode === "drill") return getDrillCard(db, options);
  if (mode === "misconceptions") return getMisconceptionDrillCard(db, options);
  return getNextCard(db, options);
}

/** The source a grade is logged with: both drills log as "drill". */
export const reviewSourceFor = (mode: PracticeMode) => (mode === "practice" ? "practice" : "drill");
