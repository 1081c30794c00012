/** A deterministic shuffle, so a card shows its options in the same order after a reload. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  let state = 2166136261;
  for (const ch of seed) state = Math.imul(state ^ ch.charCodeAt(0), 16777619) >>> 0;
  const random = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Shuffled, but never left in the authored order (which, for ordering questions, is the answer). */
export function shuffleOutOfOrder<T extends { id: string }>(items: readonly T[], seed: string): T[] {
  const shuffled = seededShuffle(items, seed);
  const unchanged = shuffled.every((item, i) => item.id === items[i]?.id);
  return unchanged && shuffled.length > 1 ? [...shuffled.slice(1), shuffled[0]!] : shuffled;
}

/**
 * The seed of one showing of a practice card: it holds until the card is graded again, so a reload keeps the
 * order (and the answer key with it) while every new review shows the options in a fresh order.
 */
export function practiceShowingSeed(
  userId: string,
  questionId: string,
  state: { reps: number; lastReview: Date | null } | null,
): string {
  const showing = state ? `${state.reps}:${state.lastReview?.getTime() ?? 0}` : "new";
  return `${userId}:${questionId}:${showing}`;
}
