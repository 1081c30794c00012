import { AppError } from "@/lib/http/app-error";

/** Why a package was refused; the message on each error is fit to show the learner. */
export type AnkiRefusal =
  "too_large" | "too_many_notes" | "image_too_large" | "zip_bomb" | "unsafe_media_name" | "not_a_package" | "corrupt";

/** A package refused before anything was stored. */
export class AnkiPackageError extends AppError {
  constructor(
    readonly reason: AnkiRefusal,
    message: string,
  ) {
    super(
      reason === "too_large" || reason === "image_too_large" || reason === "too_many_notes" ? "too_large" : "invalid",
      message,
    );
    this.name = "AnkiPackageError";
  }
}

export const corrupt = (detail: string) =>
  new AnkiPackageError(
    "corrupt",
    `This Anki file is damaged or incomplete (${detail}). Export it again from Anki and retry.`,
  );
