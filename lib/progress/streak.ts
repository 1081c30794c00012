import { dayNumber } from "./days";

export interface Streaks {
  current: number;
  longest: number;
}

/**
 * Streaks over local days with at least one review. Today not yet studied does not break the
 * current streak: it still counts back from yesterday until the day is over.
 */
export function computeStreaks(studyDays: Iterable<string>, today: string): Streaks {
  // On day numbers: a learner's history is hundreds of days, each probed twice.
  const days = new Set<number>();
  for (const day of studyDays) days.add(dayNumber(day));
  let longest = 0;
  for (const day of days) {
    if (days.has(day - 1)) continue;
    let length = 1;
    while (days.has(day + length)) length += 1;
    longest = Math.max(longest, length);
  }
  const todayNumber = dayNumber(today);
  let cursor = days.has(todayNumber) ? todayNumber : todayNumber - 1;
  let current = 0;
  while (days.has(cursor)) {
    current += 1;
    cursor -= 1;
  }
  return { current, longest };
}
