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

const twoDigits = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** Days since 1970-01-01 of a day key, by integer arithmetic (Hinnant's days_from_civil). */
export function dayNumber(dayKey: string): number {
  const m = Number(dayKey.slice(5, 7));
  const y = Number(dayKey.slice(0, 4)) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + Number(dayKey.slice(8, 10)) - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

/** The day key of a day number (Hinnant's civil_from_days). */
export function dayKeyOf(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return `${yearOfEra + era * 400 + (m <= 2 ? 1 : 0)}-${twoDigits(m)}-${twoDigits(d)}`;
}

/** Calendar arithmetic on day keys; zone-free once the key is local. */
export function addDays(dayKey: string, days: number): string {
  // Integer arithmetic, no Date: a dashboard walks every day of the learner's history, and Next wraps the Date constructor.
  return dayKeyOf(dayNumber(dayKey) + days);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

const QUARTER_HOUR_MS = 15 * 60_000;

// A zone's offset over a past UTC day never changes, and a dashboard asks for every day of the learner's
// history on each visit (two formatToParts calls each): kept across requests. null: the offset changed that day.
const utcDayOffsets = new Map<string, number | null>();

function offsetOverUtcDay(utcDay: string, timeZone: string): number | null {
  const cacheKey = `${timeZone}|${utcDay}`;
  const known = utcDayOffsets.get(cacheKey);
  if (known !== undefined) return known;
  const midnight = Date.parse(`${utcDay}T00:00:00Z`);
  const first = zoneOffsetMinutes(new Date(midnight), timeZone);
  const last = zoneOffsetMinutes(new Date(midnight + DAY_MS - QUARTER_HOUR_MS), timeZone);
  const offset = first === last ? first : null;
  if (utcDayOffsets.size > 200_000) utcDayOffsets.clear();
  utcDayOffsets.set(cacheKey, offset);
  return offset;
}

interface UtcDay {
  offset: number | null;
  before?: string;
  after?: string;
}

/**
 * Counts per local day from counts per UTC quarter-hour ("2026-03-29T17:45"). A quarter-hour never spans
 * two local days, and a zone changes its offset at most once in a UTC day, so the offset is probed at each
 * UTC day's first and last quarter-hour; only a day where they differ is placed bucket by bucket.
 */
export function countsByLocalDay(buckets: Iterable<{ bucket: string; n: number }>, timeZone: string): Map<string, number> {
  const utcDays = new Map<string, UtcDay>();
  const days = new Map<string, number>();
  for (const { bucket, n } of buckets) {
    const utcDay = bucket.slice(0, 10);
    let known = utcDays.get(utcDay);
    if (!known) {
      known = { offset: offsetOverUtcDay(utcDay, timeZone) };
      utcDays.set(utcDay, known);
    }
    let day: string;
    if (known.offset === null) day = localDayKey(new Date(Date.parse(`${bucket}:00Z`)), timeZone);
    else {
      // Minutes past UTC midnight, moved by the offset: before, within or after that UTC day.
      const minute = Number(bucket.slice(11, 13)) * 60 + Number(bucket.slice(14, 16)) + known.offset;
      day = minute < 0 ? (known.before ??= addDays(utcDay, -1)) : minute >= 1440 ? (known.after ??= addDays(utcDay, 1)) : utcDay;
    }
    days.set(day, (days.get(day) ?? 0) + n);
  }
  return days;
}
