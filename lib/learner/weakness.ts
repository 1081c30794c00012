/**
 * One definition of weakness, from the learner's own history: recent failures weigh most and fade over
 * days, then low predicted recall now, then lapses. The weakest-questions list, the weakest topic,
 * mastery's weak counts and the drill all rank by it.
 */

const DAY_MS = 86_400_000;

/** A failure's weight halves every this many days. */
export const FAILURE_HALF_LIFE_DAYS = 3;
/** Failures older than this no longer count. */
export const FAILURE_MEMORY_DAYS = 30;
/** At or above this recall, and with no failure in NEVER_WEAK_DAYS, a card is never weak. */
export const SAFE_RECALL = 0.9;
export const NEVER_WEAK_DAYS = 14;
/** Drill: failures this recent come first; then cards below DRILL_RECALL. */
export const DRILL_FAILURE_DAYS = 7;
export const DRILL_RECALL = 0.85;
/** A topic is "not started" until the learner has answered this many of its questions. */
export const STARTED_TOPIC_MIN = 10;
/** A score above this counts the card as weak (for instance, recall below 85% with no failure). */
export const WEAK_THRESHOLD = SAFE_RECALL - DRILL_RECALL;

export interface CardEvidence {
  questionId: string;
  topicId: string;
  /** Predicted recall now, 0-1. */
  recall: number;
  lapses: number;
  /** When the learner failed this card: Again in practice or drill, wrong in a quiz. */
  failures: readonly Date[];
}

const ageDays = (at: Date, now: Date) => Math.max(0, (now.getTime() - at.getTime()) / DAY_MS);

/** The most recent failure, or null. */
export const lastFailure = (card: CardEvidence): Date | null =>
  card.failures.reduce<Date | null>((latest, at) => (!latest || at > latest ? at : latest), null);

/**
 * 0 means not weak. A failure now adds about 1 and fades by half every FAILURE_HALF_LIFE_DAYS, so a card
 * failed an hour ago outranks any card on recall alone (which adds at most SAFE_RECALL); lapses break ties.
 */
export function weaknessScore(card: CardEvidence, now: Date): number {
  // One pass, no arrays: every chart and list on /progress scores every card.
  const nowMs = now.getTime();
  let failurePart = 0;
  let failedLately = false;
  for (const at of card.failures) {
    const days = Math.max(0, (nowMs - at.getTime()) / DAY_MS);
    if (days > FAILURE_MEMORY_DAYS) continue;
    if (days <= NEVER_WEAK_DAYS) failedLately = true;
    failurePart += 0.5 ** (days / FAILURE_HALF_LIFE_DAYS);
  }
  if (card.recall >= SAFE_RECALL && !failedLately) return 0;
  const recallPart = Math.max(0, SAFE_RECALL - card.recall);
  const lapsePart = 0.01 * Math.min(card.lapses, 10);
  return failurePart + recallPart + lapsePart;
}

export const isWeak = (card: CardEvidence, now: Date) => weaknessScore(card, now) > WEAK_THRESHOLD;

/** Cards ranked weakest first, only the weak ones. */
export function rankWeakest<T extends CardEvidence>(cards: readonly T[], now: Date): (T & { weakness: number })[] {
  // Scored first and copied only when weak: most cards are not, and the copies cost more than the scores.
  const weak: (T & { weakness: number })[] = [];
  for (const card of cards) {
    const weakness = weaknessScore(card, now);
    if (weakness > WEAK_THRESHOLD) weak.push({ ...card, weakness });
  }
  return weak.sort((a, b) => b.weakness - a.weakness || a.recall - b.recall || a.questionId.localeCompare(b.questionId));
}

/**
 * The drill's order: cards failed in the last DRILL_FAILURE_DAYS, most recent first; then cards under
 * DRILL_RECALL, lowest recall first. (Unseen questions of the weakest topic follow; the caller adds them.)
 */
export function drillOrder(cards: readonly CardEvidence[], now: Date): string[] {
  const failedAt = new Map(cards.map((c) => [c.questionId, lastFailure(c)]));
  const failed = cards
    .filter((c) => {
      const at = failedAt.get(c.questionId);
      return at !== null && at !== undefined && ageDays(at, now) <= DRILL_FAILURE_DAYS;
    })
    .sort((a, b) => failedAt.get(b.questionId)!.getTime() - failedAt.get(a.questionId)!.getTime());
  const failedIds = new Set(failed.map((c) => c.questionId));
  const lowRecall = cards
    .filter((c) => !failedIds.has(c.questionId) && c.recall < DRILL_RECALL)
    .sort((a, b) => a.recall - b.recall || b.lapses - a.lapses);
  return [...failed, ...lowRecall].map((c) => c.questionId);
}

export interface TopicEvidence {
  id: string;
  /** Distinct questions of the topic the learner has answered. */
  answered: number;
}

export const isTopicStarted = (topic: TopicEvidence) => topic.answered >= STARTED_TOPIC_MIN;

/**
 * The weakest started topic: the highest mean weakness over its answered cards. Null while no topic has
 * been started, or when nothing in any started topic is weak.
 */
export function weakestTopicId(topics: readonly TopicEvidence[], cards: readonly CardEvidence[], now: Date): string | null {
  let best: { id: string; mean: number } | null = null;
  for (const topic of topics.filter(isTopicStarted)) {
    const mine = cards.filter((c) => c.topicId === topic.id);
    if (mine.length === 0) continue;
    const mean = mine.reduce((sum, c) => sum + weaknessScore(c, now), 0) / mine.length;
    if (mean > 0 && (!best || mean > best.mean)) best = { id: topic.id, mean };
  }
  return best?.id ?? null;
}
