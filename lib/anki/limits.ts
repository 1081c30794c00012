const MB = 1024 * 1024;

/** What one import may hold; each has its own refusal message. */
export const ANKI_LIMITS = {
  uploadBytes: 100 * MB,
  notes: 50_000,
  imageBytes: 10 * MB,
  // Inflated bytes across the whole archive, and per entry against its compressed size.
  totalInflatedBytes: 512 * MB,
  inflateRatio: 200,
  // Below this, a high ratio is harmless (a small, highly repetitive file).
  ratioFloorBytes: 4 * MB,
  mediaFiles: 20_000,
} as const;

export type AnkiLimits = { [K in keyof typeof ANKI_LIMITS]: number };

export const formatMegabytes = (bytes: number) => `${Math.round(bytes / MB)} MB`;
