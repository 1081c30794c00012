import { z } from "zod";
import { isValidTimeZone } from "@/lib/time/local-day";

// An interview date is a real calendar day in a span that makes sense for planning.
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** Whether "YYYY-MM-DD" names a day that exists: 2024-02-31 does not (Date would roll it to 2 March). */
export function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < FIRST_YEAR || year > LAST_YEAR) return false;
  const date = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const settingsSchema = z.object({
  // Digits only: an empty field is an error, not 0 (z.coerce would turn "" into 0).
  newCardsPerDay: z
    .string({ error: "Enter a number of new cards per day." })
    .trim()
    .regex(/^-?\d{1,6}$/, "Enter a whole number of new cards per day, from 0 to 500.")
    .transform(Number)
    .pipe(z.number().int().min(0, "The new-card limit cannot be negative.").max(500, "Keep the new-card limit at 500 or fewer per day.")),
  timeZone: z.string({ error: "Choose a time zone." }).trim().min(1, "Choose a time zone.").refine(isValidTimeZone, "That time zone is not recognised."),
  // A calendar day; empty clears it. Stored as noon UTC so it reads as the same day in every zone.
  interviewDate: z
    .string()
    .trim()
    .refine((v) => v === "" || isCalendarDay(v), `Enter a real date as YYYY-MM-DD between ${FIRST_YEAR} and ${LAST_YEAR}, or leave it empty.`)
    .transform((v) => (v === "" ? null : new Date(`${v}T12:00:00Z`)))
    .optional(),
});

export type SettingsInput = z.infer<typeof settingsSchema>;
