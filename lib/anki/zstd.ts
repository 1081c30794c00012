import { Decompress } from "fzstd";
import { AnkiPackageError, corrupt } from "./errors";
import { concat } from "./safe-unzip";

const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];

export const isZstd = (data: Uint8Array) => data.length >= 4 && ZSTD_MAGIC.every((byte, i) => data[i] === byte);

/** Zstandard data inflated in steps, refused as soon as it grows past `maxBytes` (Node 20 has no zstd of its own). */
export function inflateZstd(data: Uint8Array, maxBytes: number, what: string): Uint8Array {
  if (!isZstd(data)) throw corrupt(`${what} is not zstd-compressed`);
  // A decoder may allocate the declared content size up front, so the claim is checked first.
  const declared = declaredContentSize(data);
  if (declared !== null && declared > maxBytes) throw bombError();
  const chunks: Uint8Array[] = [];
  let produced = 0;
  let overflow = false;
  const stream = new Decompress((chunk) => {
    produced += chunk.length;
    if (produced > maxBytes) overflow = true;
    else chunks.push(chunk);
  });
  try {
    const step = 1 << 16;
    for (let offset = 0; offset < data.length && !overflow; offset += step) {
      stream.push(data.subarray(offset, offset + step), offset + step >= data.length);
    }
  } catch {
    throw corrupt(`${what} could not be decompressed`);
  }
  if (overflow) throw bombError();
  return concat(chunks, produced);
}

const bombError = () =>
  new AnkiPackageError("zip_bomb", "This file expands to far more data than an Anki deck holds, so it was refused.");

/** The first frame's Frame_Content_Size (RFC 8878 section 3.1.1.1), or null when the frame does not declare it. */
function declaredContentSize(data: Uint8Array): number | null {
  const descriptor = data[4];
  if (descriptor === undefined) return null;
  const sizeFlag = descriptor >> 6;
  const singleSegment = (descriptor >> 5) & 1;
  const at = 5 + (singleSegment ? 0 : 1) + [0, 1, 2, 4][descriptor & 3]!;
  const width = sizeFlag === 0 ? singleSegment : [1, 2, 4, 8][sizeFlag]!;
  if (width === 0 || at + width > data.length) return null;
  let value = 0;
  for (let i = width - 1; i >= 0; i--) value = value * 256 + data[at + i]!;
  return width === 2 ? value + 256 : value;
}

/**
 * A zstd frame of raw (stored) blocks: valid Zstandard that any decoder reads, written without a
 * compressor. Used to build anki21b packages in tests and benchmarks.
 */
export function storeZstd(data: Uint8Array): Uint8Array {
  const maxBlock = 128 * 1024;
  const blocks = Math.max(1, Math.ceil(data.length / maxBlock));
  const out = new Uint8Array(4 + 1 + 8 + blocks * 3 + data.length);
  out.set(ZSTD_MAGIC, 0);
  out[4] = 0xe0; // frame header: single segment, 8-byte content size, no checksum
  new DataView(out.buffer).setBigUint64(5, BigInt(data.length), true);
  let at = 13;
  for (let i = 0; i < blocks; i++) {
    const part = data.subarray(i * maxBlock, (i + 1) * maxBlock);
    const header = (part.length << 3) | (i === blocks - 1 ? 1 : 0); // raw block, last flag
    out[at] = header & 0xff;
    out[at + 1] = (header >> 8) & 0xff;
    out[at + 2] = (header >> 16) & 0xff;
    out.set(part, at + 3);
    at += 3 + part.length;
  }
  return out;
}
