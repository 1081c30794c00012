import "server-only";
import type { Db } from "@/lib/db-client";
import type { NextCardResult } from "@/lib/practice/types";
import type { PracticeMode } from "@/lib/validation/practice";
import { AppError } from "@/lib/http/app-error";
import { withCardMarks } from "@/lib/server/library/card-marks";
import { getStudySetCard } from "@/lib/server/library/study-set";
import { getDrillCard } from "./get-drill-card";
import { getMisconceptionDrillCard } from "./get-misconception-drill-card";
import { getNextCard, type NextCardOptions } from "./get-next-card";
import type { ReviewSource } from "./grade-card";

export type NextForModeOptions = NextCardOptions & { setId?: string | null };

function queueFor(db: Db, mode: PracticeMode, options: NextForModeOptions): Promise<NextCardResult> {
  if (mode === "drill") return getDrillCard(db, options);
  if (mode === "misconceptions") return getMisconceptionDrillCard(db, options);
  if (mode === "selection") {
    if (!options.setId) throw new AppError("invalid", "setId: practising a selection needs the selection's id.");
    return getStudySetCard(db, { ...options, setId: options.setId });
  }
  return getNextCard(db, options);
}

/**
 * The next card of a practice session, a drill, a drill of misconceptions or a library selection, with the
 * learner's note and star. The practice queue reads the note and star in its one statement (the grade's
 * round-trip budget); the other queues read them after choosing the card.
 */
export async function nextCardFor(db: Db, mode: PracticeMode, options: NextForModeOptions): Promise<NextCardResult> {
  const result = await queueFor(db, mode, options);
  return mode === "practice" ? result : withCardMarks(db, options.userId, result);
}

/** The source a grade is logged with: both drills log as "drill", a library selection as "selection". */
export const reviewSourceFor = (mode: PracticeMode): ReviewSource => (mode === "practice" ? "practice" : mode === "selection" ? "selection" : "drill");
