import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "./app-error";

/** A page's loader failing with not_found (missing, or another learner's) shows the 404 page; any other error still throws. */
export function notFoundIfMissing(error: unknown): never {
  if (error instanceof AppError && error.code === "not_found") notFound();
  throw error;
}
