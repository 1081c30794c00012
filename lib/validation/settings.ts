import { z } from "zod";
import { isValidTimeZone } from "@/lib/time/local-day";

export const settingsSchema = z.object({
  newCardsPerDay: z.coerce
    .number({ error: "Enter a number of new cards per day." })
    .int("Use a whole number of new cards per day.")
    .min(0, "The new-card limit cannot be negative.")
    .max(500, "Keep the new-card limit at 500 or fewer per day."),
  timeZone: z.string().trim().min(1, "Choose a time zone.").refine(isValidTimeZone, "That time zone is not recognised."),
});

export type SettingsInput = z.infer<typeof settingsSchema>;
