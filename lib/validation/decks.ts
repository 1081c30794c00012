import { z } from "zod";
import { CODE_LANGUAGES, DIFFICULTIES, QUESTION_TYPES } from "@/lib/content/schema";

export const MAX_DECKS = 200;
export const MAX_TEXT = 20_000;

export const deckIdSchema = z.string().regex(/^[a-z0-9]{1,40}$/, "Unknown deck.");

export const deckNameSchema = z.object({
  name: z
    .string({ error: "Give the deck a name." })
    .trim()
    .min(1, "Give the deck a name.")
    .max(120, "A deck name is at most 120 characters."),
}).strict();

const text = (what: string, max = MAX_TEXT) =>
  z.string({ error: `${what} is required.` }).trim().min(1, `${what} must not be empty.`).max(max, `${what} is at most ${max.toLocaleString("en")} characters.`);
const optionalText = (what: string) => z.string().trim().max(MAX_TEXT, `${what} is at most ${MAX_TEXT.toLocaleString("en")} characters.`).default("");

const tag = z.string().trim().toLowerCase().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Tags use lowercase letters, digits and single hyphens.").max(60, "A tag is at most 60 characters.");

const choice = z
  .object({
    text: text("Each option's text", 2_000),
    correct: z.boolean().default(false),
    why: z.string().trim().max(2_000, "A reason is at most 2,000 characters.").default(""),
  })
  .strict();

/** A card the learner writes or edits: any of the five types, checked here for the form and the server alike. */
export const ownCardSchema = z
  .object({
    type: z.enum(QUESTION_TYPES, { error: "Choose a card type." }),
    difficulty: z.enum(DIFFICULTIES, { error: "Difficulty is easy, medium or hard." }).default("medium"),
    tags: z.array(tag).max(20, "At most 20 tags.").default([]),
    prompt: text("The prompt"),
    answer: text("The answer"),
    explanation: optionalText("The explanation"),
    choices: z.array(choice).max(8, "At most 8 options.").default([]),
    steps: z.array(text("Each step", 2_000)).max(12, "At most 12 steps.").default([]),
    code: z
      .object({ language: z.enum(CODE_LANGUAGES, { error: "Choose the code's language." }), source: text("The code", 10_000) })
      .strict()
      .nullable()
      .default(null),
  })
  .strict()
  .superRefine((card, ctx) => {
    const hasChoices = card.type === "single" || card.type === "multi" || card.type === "code";
    const correct = card.choices.filter((c) => c.correct).length;
    if (hasChoices && card.choices.length < 2) ctx.addIssue({ code: "custom", path: ["choices"], message: "Give at least two options." });
    if ((card.type === "single" || card.type === "code") && correct !== 1) ctx.addIssue({ code: "custom", path: ["choices"], message: "Mark exactly one option as correct." });
    if (card.type === "multi" && correct < 1) ctx.addIssue({ code: "custom", path: ["choices"], message: "Mark at least one option as correct." });
    if (card.type === "order" && card.steps.length < 2) ctx.addIssue({ code: "custom", path: ["steps"], message: "Give at least two steps, in the correct order." });
    if (card.type === "code" && !card.code) ctx.addIssue({ code: "custom", path: ["code"], message: "A code card needs its code and language." });
  });

export type OwnCardInput = z.input<typeof ownCardSchema>;
export type OwnCard = z.output<typeof ownCardSchema>;
