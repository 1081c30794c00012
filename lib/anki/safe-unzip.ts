import { Unzip, UnzipInflate, unzipSync, type UnzipFileInfo } from "fflate";
import { AnkiPackageError, corrupt } from "./errors";
import { ANKI_LIMITS, type AnkiLimits } from "./limits";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

const bomb = () =>
  new AnkiPackageError("zip_bomb", "This file expands to far more data than an Anki deck holds, so it was refused.");

/** The archive's table of contents, read from its central directory without inflating anything. */
function listEntries(data: Uint8Array): UnzipFileInfo[] {
  if (data.length < 22 || !ZIP_MAGIC.every((byte, i) => data[i] === byte)) {
    throw new AnkiPackageError(
      "not_a_package",
      "This is not an Anki package: choose a .apkg or .colpkg file exported from Anki.",
    );
  }
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(data, { filter: (info) => (entries.push(info), false) });
  } catch {
    throw corrupt("the zip archive could not be read");
  }
  return entries;
}

/**
 * The entries `wanted` picks, inflated with every size checked twice: the declared size before
 * inflating, and the bytes actually produced while inflating, against a total and a ratio cap.
 */
export function safeUnzip(
  data: Uint8Array,
  wanted: (name: string) => boolean,
  limits: AnkiLimits = ANKI_LIMITS,
): Map<string, Uint8Array> {
  const declared = new Map<string, UnzipFileInfo>();
  let declaredTotal = 0;
  for (const entry of listEntries(data)) {
    if (!wanted(entry.name)) continue;
    if (declared.has(entry.name)) throw corrupt(`two entries are named ${entry.name}`);
    if (entry.compression !== 0 && entry.compression !== 8) throw corrupt(`${entry.name} uses an unknown compression`);
    declaredTotal += entry.originalSize;
    if (declaredTotal > limits.totalInflatedBytes || exceedsRatio(entry.originalSize, entry.size, limits)) throw bomb();
    declared.set(entry.name, entry);
  }

  const out = new Map<string, Uint8Array>();
  let inflatedTotal = 0;
  let failure: Error | null = null;
  const unzip = new Unzip((file) => {
    const info = declared.get(file.name);
    if (!info || out.has(file.name)) return;
    const chunks: Uint8Array[] = [];
    let produced = 0;
    file.ondata = (err, chunk, final) => {
      if (failure) return;
      if (err) return void (failure = corrupt(`${file.name} could not be inflated`));
      produced += chunk.length;
      inflatedTotal += chunk.length;
      // The declared size is a claim; what inflation produces is the fact.
      if (
        produced > info.originalSize ||
        inflatedTotal > limits.totalInflatedBytes ||
        exceedsRatio(produced, info.size, limits)
      ) {
        failure = bomb();
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) out.set(file.name, concat(chunks, produced));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    const step = 1 << 20;
    for (let offset = 0; offset < data.length && !failure; offset += step) {
      unzip.push(data.subarray(offset, offset + step), offset + step >= data.length);
    }
  } catch (error) {
    failure ??= error instanceof AnkiPackageError ? error : corrupt("the zip archive could not be read");
  }
  if (failure) throw failure;
  for (const [name, info] of declared) {
    const bytes = out.get(name);
    if (!bytes || bytes.length !== info.originalSize) throw corrupt(`${name} is truncated`);
  }
  return out;
}

function exceedsRatio(inflated: number, compressed: number, limits: AnkiLimits): boolean {
  return inflated > limits.ratioFloorBytes && inflated > Math.max(compressed, 1) * limits.inflateRatio;
}

export function concat(chunks: Uint8Array[], length = chunks.reduce((sum, c) => sum + c.length, 0)): Uint8Array {
  if (chunks.length === 1 && chunks[0]!.length === length) return chunks[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
