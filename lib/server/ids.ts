import "server-only";
import { randomFillSync } from "node:crypto";

let counter = 0;

// Random bytes drawn from the system a few KB at a time: a draw per id cost every grade two getrandom calls.
const POOL_BYTES = 4096;
const pool = Buffer.alloc(POOL_BYTES);
let poolOffset = POOL_BYTES;

function randomHex(bytes: number): string {
  if (poolOffset + bytes > POOL_BYTES) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const hex = pool.toString("hex", poolOffset, poolOffset + bytes);
  poolOffset += bytes;
  return hex;
}

/** A collision-resistant id in the shape of Prisma's cuid() (c, time, counter, randomness), for rows written in raw SQL. */
export function newId(): string {
  counter = (counter + 1) % 1_679_616;
  return `c${Date.now().toString(36)}${counter.toString(36).padStart(4, "0")}${randomHex(6)}`;
}
