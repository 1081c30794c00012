// Building a DateTimeFormat costs far more than using one; a process sees few zones.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    if (formats.size > 500) formats.clear();
    formats.set(timeZone, format);
  }
  return format;
}

/** Minutes the zone is ahead of UTC at that instant (e.g. 60 for Europe/Paris in winter). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = formatFor(timeZone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

// Each zone's current day, [start, end): the review loop asks for today's start on every card, and two
// formatToParts calls cost more than the rest of the queue's arithmetic. Recomputed when an instant falls outside.
const days = new Map<string, { start: number; end: number }>();

/** The local day `instant` falls on in that zone, as [start, end) in epoch ms. */
function localDayOf(instant: Date, timeZone: string): { start: number; end: number } {
  const t = instant.getTime();
  const known = days.get(timeZone);
  if (known && t >= known.start && t < known.end) return known;
  const start = computeStartOfLocalDay(instant, timeZone).getTime();
  // 26 hours past midnight is always inside the next day, even on a 25-hour day.
  const day = { start, end: computeStartOfLocalDay(new Date(start + 26 * 3_600_000), timeZone).getTime() };
  if (days.size > 500) days.clear();
  days.set(timeZone, day);
  return day;
}

/** The instant local midnight began, on the day `instant` falls on in that zone. */
export function startOfLocalDay(instant: Date, timeZone: string): Date {
  return new Date(localDayOf(instant, timeZone).start);
}

function computeStartOfLocalDay(instant: Date, timeZone: string): Date {
  const offset = zoneOffsetMinutes(instant, timeZone);
  const local = new Date(instant.getTime() + offset * 60_000);
  const localMidnightAsUtc = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  // The offset at midnight may differ from now's across a daylight-saving change; take midnight's own.
  const guess = new Date(localMidnightAsUtc - offset * 60_000);
  return new Date(localMidnightAsUtc - zoneOffsetMinutes(guess, timeZone) * 60_000);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The instant the next local midnight begins: tomorrow's start of day in that zone. */
export function nextLocalMidnight(instant: Date, timeZone: string): Date {
  return new Date(localDayOf(instant, timeZone).end);
}
