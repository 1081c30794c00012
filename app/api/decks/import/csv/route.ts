// POST /api/decks/import/csv?name=|deck=&header=1|0&map=front,back,... – imports the CSV or TSV file sent
// as the body into a new or existing deck, all or nothing.
import { z } from "zod";
import { db } from "@/lib/db";
import { CSV_COLUMNS, CSV_MAX_BYTES } from "@/lib/decks/csv-parse";
import { AppError } from "@/lib/http/app-error";
import { readCappedBody } from "@/lib/http/read-json";
import { withUser } from "@/lib/http/with-user";
import { importCsv } from "@/lib/server/decks/import-csv";
import { deckIdSchema } from "@/lib/validation/decks";

const querySchema = z
  .object({
    deck: deckIdSchema.optional(),
    name: z.string().trim().min(1, "Name the new deck.").max(120, "A deck name is at most 120 characters.").optional(),
    file: z.string().max(200).default(""),
    header: z.enum(["0", "1"], { error: "header is 0 or 1." }).optional(),
    map: z
      .string()
      .max(400)
      .transform((v) => v.split(","))
      .pipe(z.array(z.enum(CSV_COLUMNS as [string, ...string[]], { error: "Each column maps to front, back, tags, type or ignore." })).max(50))
      .optional(),
  })
  .strict();

export const POST = withUser(async (req, user) => {
  const query = querySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  const bytes = await readCappedBody(req, CSV_MAX_BYTES).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "too_large") throw new AppError("too_large", `The file is larger than ${CSV_MAX_BYTES / 1024 / 1024} MB, the most a CSV import takes.`);
    throw error;
  });
  return importCsv(db, {
    userId: user.id,
    bytes,
    fileName: query.file,
    deckId: query.deck ?? null,
    deckName: query.name ?? null,
    hasHeader: query.header === undefined ? undefined : query.header === "1",
    mapping: query.map as (typeof CSV_COLUMNS)[number][] | undefined,
  });
}, { pastProxy: true });
