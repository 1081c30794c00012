import "server-only";
import type { NextRequest } from "next/server";
import { AppError } from "./app-error";

// Every JSON body this app takes is a few hundred bytes; 100 KB leaves room and caps the parse.
export const JSON_BODY_LIMIT = 100 * 1024;
// The deepest body any route expects is three levels (an answer inside a request); 32 is plenty.
export const JSON_DEPTH_LIMIT = 32;

// Stateless between whole-buffer decodes, so one serves every request.
const utf8 = new TextDecoder("utf-8", { fatal: true });

const tooLarge = () => new AppError("too_large", `The request body is larger than ${JSON_BODY_LIMIT / 1024} KB.`);

/** The body's bytes, read as a stream and abandoned at the cap instead of buffered whole. */
export async function readCappedBody(req: Request, limit = JSON_BODY_LIMIT): Promise<Uint8Array> {
  const length = req.headers.get("content-length");
  const declared = Number(length ?? 0);
  if (declared > limit) throw tooLarge();
  if (!req.body) return new Uint8Array();
  // A declared length within the cap bounds the body (Node's parser reads no further), so read it whole:
  // a web-stream reader costs a grade about 0.3 ms of CPU. Chunked bodies declare nothing and are counted.
  if (length !== null && /^\d+$/.test(length)) return new Uint8Array(await req.arrayBuffer());
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Whether every string in a parsed JSON value is well-formed Unicode and the value is no deeper than
 * the limit; walked with an explicit stack, so no body can overflow the call stack.
 */
export function checkJsonShape(root: unknown, depthLimit = JSON_DEPTH_LIMIT): "ok" | "too_deep" | "bad_text" {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value === "string") {
      if (!value.isWellFormed()) return "bad_text";
    } else if (value !== null && typeof value === "object") {
      if (depth >= depthLimit) return "too_deep";
      if (Array.isArray(value)) {
        for (const item of value) stack.push([item, depth + 1]);
      } else {
        for (const [key, item] of Object.entries(value)) {
          if (!key.isWellFormed()) return "bad_text";
          stack.push([item, depth + 1]);
        }
      }
    }
  }
  return "ok";
}

/** Parses a JSON body: 413 over the size cap, 422 for malformed JSON, broken text or nesting too deep. */
export async function readJson(req: NextRequest | Request): Promise<unknown> {
  const bytes = await readCappedBody(req);
  let body: unknown;
  try {
    body = JSON.parse(utf8.decode(bytes));
  } catch {
    throw new AppError("invalid", "The request body must be JSON.");
  }
  const shape = checkJsonShape(body);
  if (shape === "too_deep") throw new AppError("invalid", `The request body is nested more than ${JSON_DEPTH_LIMIT} levels deep.`);
  if (shape === "bad_text") throw new AppError("invalid", "The request holds text that is not valid Unicode.");
  return body;
}
