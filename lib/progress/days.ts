import { zoneOffsetMinutes } from "@/lib/time/local-day";

// Building a formatter costs tens of microseconds, and a dashboard formats a day for every card.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day ("2026-03-29") an instant falls on in a time zone. */
export function localDayKey(instant: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA formats dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    if (dayFormats.size > 1000) dayFormats.clear();
    dayFormats.set(timeZone, format);
  }
  return format.format(instant);
}

const DAY_MS = 86_400_000;

/** Calendar arithmetic on day keys; zone-free once the key is local. */
export function addDays(dayKey: string, days: number): string {
  const [y, m, d] = dayKey.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  const parse = (k: string) => {
    const [y, m, d] = k.split("-").map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((parse(to) - parse(from)) / DAY_MS);
}

const QUARTER_HOUR_MS = 15 * 60_000;

/**
 * Counts per local day from counts per UTC quarter-hour ("2026-03-29T17:45"). A quarter-hour never spans
 * two local days, and a zone changes its offset at most once in a UTC day, so the offset is probed at each
 * UTC day's first and last quarter-hour; only a day where they differ is placed bucket by bucket.
 */
export function countsByLocalDay(buckets: Iterable<{ bucket: string; n: number }>, timeZone: string): Map<string, number> {
  const offsets = new Map<string, number | null>();
  const days = new Map<string, number>();
  for (const { bucket, n } of buckets) {
    const start = Date.parse(`${bucket}:00Z`);
    const utcDay = bucket.slice(0, 10);
    let offset = offsets.get(utcDay);
    if (offset === undefined) {
      const midnight = Date.parse(`${utcDay}T00:00:00Z`);
      const first = zoneOffsetMinutes(new Date(midnight), timeZone);
      const last = zoneOffsetMinutes(new Date(midnight + DAY_MS - QUARTER_HOUR_MS), timeZone);
      offset = first === last ? first : null;
      offsets.set(utcDay, offset);
    }
    const day = offset === null ? localDayKey(new Date(start), timeZone) : new Date(start + offset * 60_000).toISOString().slice(0, 10);
    days.set(day, (days.get(day) ?? 0) + n);
  }
  return days;
}
