import type { CardFields } from "@/lib/srs/card";
import { replayGrades } from "@/lib/srs/replay";
import { DEFAULT_SCHEDULER, isGrade, type GradeValue, type SchedulerConfig } from "@/lib/srs/scheduler";
import type { AnkiRevlogEntry } from "./collection";

/** A review from Anki's revlog in the shape of our ReviewLog: the grade and the card just before and after it. */
export interface ImportedReview {
  rating: GradeValue;
  reviewedAt: Date;
  durationMs: number;
  existed: boolean;
  before: CardFields;
  after: CardFields;
}

const MANUAL = 4;
const MAX_DURATION_MS = 60 * 60 * 1000;

/** Revlog rows grouped by Anki card id, each list in time order. */
export function revlogByCard(revlog: readonly AnkiRevlogEntry[]): Map<string, AnkiRevlogEntry[]> {
  const byCard = new Map<string, AnkiRevlogEntry[]>();
  for (const entry of revlog) {
    const list = byCard.get(entry.cardId) ?? [];
    list.push(entry);
    byCard.set(entry.cardId, list);
  }
  for (const list of byCard.values()) list.sort((a, b) => a.id - b.id);
  return byCard;
}

/**
 * A card's history and FSRS state from its revlog, replayed with ts-fsrs through the same scheduler as
 * practice. Manual reschedules and entries without a grade (ease 0) are not reviews and are skipped.
 */
export function historyFromRevlog(
  entries: readonly AnkiRevlogEntry[],
  config: SchedulerConfig = DEFAULT_SCHEDULER,
): { reviews: ImportedReview[]; state: CardFields | null } {
  const graded = [...entries]
    .sort((a, b) => a.id - b.id)
    .filter(
      (e): e is AnkiRevlogEntry & { ease: GradeValue } =>
        e.type !== MANUAL && isGrade(e.ease) && Number.isFinite(e.id) && e.id > 0,
    );
  const { steps, final } = replayGrades(
    graded.map((e) => ({ rating: e.ease, reviewedAt: new Date(e.id) })),
    config,
  );
  const reviews = steps.map((step, i) => ({
    rating: graded[i]!.ease,
    reviewedAt: new Date(graded[i]!.id),
    durationMs: Math.min(Math.max(Math.round(graded[i]!.timeMs) || 0, 0), MAX_DURATION_MS),
    ...step,
  }));
  return { reviews, state: final };
}
