import { z } from "zod";

export const TOPIC_IDS = ["apis", "databases", "http", "security", "dsa", "architecture", "operations", "engineering"] as const;
export const DIFFICULTIES = ["easy", "medium", "hard"] as const;
export const QUESTION_TYPES = ["flashcard", "single", "multi", "order", "code"] as const;
export const CODE_LANGUAGES = ["sql", "http", "typescript", "javascript", "python", "java", "go", "bash", "json", "text"] as const;

export type TopicId = (typeof TOPIC_IDS)[number];
export type Difficulty = (typeof DIFFICULTIES)[number];
export type QuestionType = (typeof QUESTION_TYPES)[number];

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lowercase letters, digits and single hyphens");

const markdown = z.string().trim().min(1, "must not be empty");

const choiceSchema = z
  .object({
    text: markdown,
    correct: z.boolean().default(false),
    // One line saying why a wrong option is wrong; required on every wrong option.
    why: z.string().trim().min(1).optional(),
  })
  .strict();

const baseQuestion = {
  id: slug,
  difficulty: z.enum(DIFFICULTIES),
  tags: z.array(slug).default([]),
  prompt: markdown,
  answer: markdown,
  explanation: markdown,
  source: z.string().trim().min(1).optional(),
};

const flashcardSchema = z.object({ ...baseQuestion, type: z.literal("flashcard") }).strict();

const singleSchema = z
  .object({ ...baseQuestion, type: z.literal("single"), choices: z.array(choiceSchema).min(3).max(5) })
  .strict();

const multiSchema = z
  .object({ ...baseQuestion, type: z.literal("multi"), choices: z.array(choiceSchema).min(3).max(6) })
  .strict();

const orderSchema = z
  .object({
    ...baseQuestion,
    type: z.literal("order"),
    // Authored in the correct order; the app shuffles them for display.
    steps: z.array(markdown).min(3).max(8),
  })
  .strict();

const codeSchema = z
  .object({
    ...baseQuestion,
    type: z.literal("code"),
    code: z.object({ language: z.enum(CODE_LANGUAGES), source: z.string().min(1) }).strict(),
    choices: z.array(choiceSchema).min(3).max(5),
  })
  .strict();

export const authoredQuestionSchema = z.discriminatedUnion("type", [
  flashcardSchema,
  singleSchema,
  multiSchema,
  orderSchema,
  codeSchema,
]);

export const contentFileSchema = z
  .object({
    topic: z.enum(TOPIC_IDS),
    subtopic: slug,
    questions: z.array(authoredQuestionSchema).min(1),
  })
  .strict();

export const topicMetaSchema = z
  .object({
    id: z.enum(TOPIC_IDS),
    name: z.string().min(1),
    short: z.string().min(1).max(8),
    glyph: z.string().min(1).max(3),
    description: z.string().min(1),
  })
  .strict();

export const topicsFileSchema = z.object({ topics: z.array(topicMetaSchema).length(TOPIC_IDS.length) }).strict();

export type AuthoredQuestion = z.infer<typeof authoredQuestionSchema>;
export type ContentFile = z.infer<typeof contentFileSchema>;
export type TopicMeta = z.infer<typeof topicMetaSchema>;
