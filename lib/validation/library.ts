import { z } from "zod";
import { DIFFICULTIES, QUESTION_TYPES, TOPIC_IDS } from "@/lib/content/schema";
import { MAX_QUERY_LENGTH } from "@/lib/library/search-terms";

export const LIBRARY_STATES = ["new", "learning", "review", "due"] as const;
export type LibraryState = (typeof LIBRARY_STATES)[number];

const slug = (what: string) => z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, `Unknown ${what}.`).max(80, `Unknown ${what}.`);
// A URL flag: "1" turns the filter on; anything else is a mistake worth saying so.
const flag = (what: string) =>
  z
    .enum(["1"], { error: `${what} is either on (1) or absent.` })
    .optional()
    .transform((v) => v === "1");

/** The library's filters and query, as they appear in the URL (every value a string) and in a request body. */
export const libraryFiltersSchema = z
  .object({
    q: z.string().max(MAX_QUERY_LENGTH, `Search for at most ${MAX_QUERY_LENGTH} characters.`).optional(),
    topic: z.enum(TOPIC_IDS, { error: "Unknown topic." }).optional(),
    subtopic: slug("subtopic").optional(),
    type: z.enum(QUESTION_TYPES, { error: "Unknown question type." }).optional(),
    difficulty: z.enum(DIFFICULTIES, { error: "Difficulty is easy, medium or hard." }).optional(),
    tag: slug("tag").optional(),
    // One of the learner's own decks; another learner's deck id simply selects nothing.
    deck: z.string().regex(/^[a-z0-9]{1,40}$/, "Unknown deck.").optional(),
    state: z.enum(LIBRARY_STATES, { error: "State is new, learning, review or due." }).optional(),
    flagged: flag("The flagged filter"),
    note: flag("The note filter"),
    suspended: flag("The suspended filter"),
    failed: flag("The failed-this-week filter"),
    recall: z.coerce
      .number({ error: "Recall below must be a whole percentage." })
      .int("Recall below must be a whole percentage.")
      .min(1, "Recall below is between 1 and 100%.")
      .max(100, "Recall below is between 1 and 100%.")
      .optional(),
    page: z.coerce.number({ error: "Page must be a number." }).int("Page must be a whole number.").min(1, "Pages start at 1.").max(10_000).default(1),
  })
  .strict();

export type LibraryFilters = z.output<typeof libraryFiltersSchema>;
export type LibraryFilterInput = z.input<typeof libraryFiltersSchema>;

/** URL search params (first value of each) to the object the schema reads; empty values mean "no filter". */
export function filtersFromSearchParams(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first !== "") out[key] = first;
  }
  return out;
}

/** The filters back to a query string, in a fixed order, leaving out what is off; page 1 is implied. */
export function filtersToQuery(filters: Partial<LibraryFilters>): string {
  const params = new URLSearchParams();
  const order = ["q", "topic", "subtopic", "type", "difficulty", "tag", "deck", "state", "flagged", "note", "suspended", "failed", "recall", "page"] as const;
  for (const key of order) {
    const value = filters[key];
    if (value === undefined || value === false || value === "" || (key === "page" && value === 1)) continue;
    params.set(key, value === true ? "1" : String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

// Practising or quizzing a selection: the same filters (without the page), plus the quiz's size.
export const selectionSchema = z.object({ filters: libraryFiltersSchema.omit({ page: true }) }).strict();
export const selectionQuizSchema = selectionSchema
  .extend({
    count: z.number({ error: "Choose how many questions." }).int("Use a whole number of questions.").min(1, "A quiz has at least 1 question.").max(50, "A quiz has at most 50 questions."),
  })
  .strict();

export const NOTE_MAX_LENGTH = 10_000;

/** One change to the learner's marks on a question; each field is optional, at least one is needed. */
export const markSchema = z
  .object({
    note: z.string().max(NOTE_MAX_LENGTH, `A note holds at most ${NOTE_MAX_LENGTH.toLocaleString("en")} characters.`).nullable().optional(),
    flagged: z.boolean({ error: "flagged is true or false." }).optional(),
    suspended: z.boolean({ error: "suspended is true or false." }).optional(),
    buried: z.boolean({ error: "buried is true or false." }).optional(),
  })
  .strict()
  .refine((m) => Object.values(m).some((v) => v !== undefined), "Send a note, a flag, a suspension or a burial.");

export type MarkChange = z.infer<typeof markSchema>;
