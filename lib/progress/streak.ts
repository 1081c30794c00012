import { addDays } from "./days";

export interface Streaks {
  current: number;
  longest: number;
}

/**
 * Streaks over local days with at least one review. Today not yet studied does not break the
 * current streak: it still counts back from yesterday until the day is over.
 */
export function computeStreaks(studyDays: Iterable<string>, today: string): Streaks {
  const days = new Set(studyDays);
  let longest = 0;
  for (const day of days) {
    if (days.has(addDays(day, -1))) continue;
    let length = 1;
    while (days.has(addDays(day, length))) length += 1;
    longest = Math.max(longest, length);
  }
  let cursor = days.has(today) ? today : addDays(today, -1);
  let current = 0;
  while (days.has(cursor)) {
    current += 1;
    cursor = addDays(cursor, -1);
  }
  return { current, longest };
}
