// POST /api/decks/import/anki?update=1 – imports the .apkg or .colpkg file sent as the body, all or nothing;
// a deck imported before answers 409 unless update=1, which updates it in place.
import { z } from "zod";
import { db } from "@/lib/db";
import { ANKI_LIMITS, formatMegabytes } from "@/lib/anki/limits";
import { AppError } from "@/lib/http/app-error";
import { readCappedBody } from "@/lib/http/read-json";
import { withUser } from "@/lib/http/with-user";
import { importAnkiPackage } from "@/lib/server/decks/import-anki";

const querySchema = z.object({ update: z.enum(["0", "1"], { error: "update is 0 or 1." }).optional() }).strict();

export const POST = withUser(async (req, user) => {
  const query = querySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  const bytes = await readCappedBody(req, ANKI_LIMITS.uploadBytes).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "too_large") {
      throw new AppError(
        "too_large",
        `The file is larger than ${formatMegabytes(ANKI_LIMITS.uploadBytes)}, the most an Anki import takes.`,
      );
    }
    throw error;
  });
  if (bytes.length === 0) throw new AppError("invalid", "Choose an .apkg or .colpkg file to import.");
  return importAnkiPackage(db, { userId: user.id, data: bytes, update: query.update === "1" });
}, { pastProxy: true });
