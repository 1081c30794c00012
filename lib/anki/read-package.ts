import type { AnkiCollection } from "./collection";
import { AnkiPackageError, corrupt } from "./errors";
import { ANKI_LIMITS, formatMegabytes, type AnkiLimits } from "./limits";
import { checkMediaName } from "./media-name";
import { sniffImageType } from "./media-type";
import { protoString, protoVarint, readProtoFields } from "./protobuf";
import { readCollection } from "./read-collection";
import { safeUnzip } from "./safe-unzip";
import { withSqliteBytes } from "./temp-sqlite";
import { inflateZstd, isZstd } from "./zstd";

export type AnkiFormat = "anki2" | "anki21" | "anki21b";

export interface AnkiImage {
  bytes: Uint8Array;
  contentType: string;
}

export interface AnkiPackage {
  format: AnkiFormat;
  collection: AnkiCollection;
  /** Images by the name the cards use; other media (sound, video) is not kept. */
  images: Map<string, AnkiImage>;
}

// Newest first: newer packages also carry a stub collection.anki2 telling old clients to upgrade.
const COLLECTIONS: Array<[AnkiFormat, string]> = [
  ["anki21b", "collection.anki21b"],
  ["anki21", "collection.anki21"],
  ["anki2", "collection.anki2"],
];

const wanted = (name: string) =>
  name === "media" || name === "meta" || name.startsWith("collection.anki2") || /^\d+$/.test(name);

/** Reads an .apkg or .colpkg into plain data, refusing anything oversized, hostile or not from Anki. */
export async function readAnkiPackage(data: Uint8Array, limits: AnkiLimits = ANKI_LIMITS): Promise<AnkiPackage> {
  if (data.length > limits.uploadBytes) {
    throw new AnkiPackageError(
      "too_large",
      `This file is ${formatMegabytes(data.length)}; an import holds at most ${formatMegabytes(limits.uploadBytes)}.`,
    );
  }
  const files = safeUnzip(data, wanted, limits);
  const found = COLLECTIONS.find(([, name]) => files.has(name));
  if (!found)
    throw new AnkiPackageError(
      "not_a_package",
      "This zip holds no Anki collection: choose a .apkg or .colpkg file exported from Anki.",
    );
  const [format, name] = found;
  const latest = format === "anki21b" || metaVersion(files.get("meta")) === 3;
  const raw = files.get(name)!;
  const sqlite = latest && isZstd(raw) ? inflateZstd(raw, limits.totalInflatedBytes, "the collection") : raw;
  const collection = await withSqliteBytes(sqlite, (db) => readCollection(db, limits));
  return { format, collection, images: readImages(files, latest, limits) };
}

function metaVersion(meta: Uint8Array | undefined): number | undefined {
  return meta ? protoVarint(readProtoFields(meta), 1) : undefined;
}

/** Zip entry number → the media name the cards use, from either map format. */
function readMediaMap(files: Map<string, Uint8Array>, latest: boolean, limits: AnkiLimits): Array<[string, string]> {
  const raw = files.get("media");
  if (!raw || raw.length === 0) return [];
  if (latest || isZstd(raw)) {
    // MediaEntries { repeated MediaEntry entries = 1 }, MediaEntry { name = 1, size = 2, sha1 = 3, legacy_zip_filename = 255 }
    const bytes = isZstd(raw) ? inflateZstd(raw, 64 * 1024 * 1024, "the media list") : raw;
    return readProtoFields(bytes)
      .filter((f) => f.number === 1 && "bytes" in f)
      .map((entry, index) => {
        const fields = readProtoFields("bytes" in entry ? entry.bytes : new Uint8Array());
        return [String(protoVarint(fields, 255) ?? index), protoString(fields, 1) ?? ""] as [string, string];
      });
  }
  let map: unknown;
  try {
    map = JSON.parse(new TextDecoder().decode(raw));
  } catch {
    throw corrupt("its media list is not valid JSON");
  }
  if (typeof map !== "object" || map === null || Array.isArray(map)) throw corrupt("its media list is not a map");
  const entries = Object.entries(map as Record<string, unknown>);
  if (entries.length > limits.mediaFiles) throw corrupt("its media list is too long");
  return entries.map(([index, value]) => [index, typeof value === "string" ? value : ""]);
}

function readImages(files: Map<string, Uint8Array>, latest: boolean, limits: AnkiLimits): Map<string, AnkiImage> {
  const images = new Map<string, AnkiImage>();
  for (const [index, rawName] of readMediaMap(files, latest, limits)) {
    const name = checkMediaName(rawName);
    const stored = files.get(index);
    if (!stored) throw corrupt(`the media file ${name} is missing`);
    // Newer packages compress each media file with zstd as well.
    const bytes = latest && isZstd(stored) ? inflateZstd(stored, limits.uploadBytes, `the media file ${name}`) : stored;
    const contentType = sniffImageType(bytes);
    if (!contentType) continue;
    if (bytes.length > limits.imageBytes) {
      throw new AnkiPackageError(
        "image_too_large",
        `The image ${name} is ${formatMegabytes(bytes.length)}; each image may be at most ${formatMegabytes(limits.imageBytes)}.`,
      );
    }
    images.set(name, { bytes, contentType });
  }
  return images;
}
