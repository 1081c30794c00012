import { z } from "zod";
import { isValidTimeZone } from "@/lib/time/local-day";

export const settingsSchema = z.object({
  newCardsPerDay: z.coerce
    .number({ error: "Enter a number of new cards per day." })
    .int("Use a whole number of new cards per day.")
    .min(0, "The new-card limit cannot be negative.")
    .max(500, "Keep the new-card limit at 500 or fewer per day."),
  timeZone: z.string().trim().min(1, "Choose a time zone.").refine(isValidTimeZone, "That time zone is not recognised."),
  // A calendar day; empty clears it. Stored as noon UTC so it reads as the same day in every zone.
  interviewDate: z
    .string()
    .trim()
    .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T12:00:00Z`))), "Enter the date as YYYY-MM-DD, or leave it empty.")
    .transform((v) => (v === "" ? null : new Date(`${v}T12:00:00Z`)))
    .optional(),
});

export type SettingsInput = z.infer<typeof settingsSchema>;
