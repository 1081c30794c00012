import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db-client";

/** A user straight in the database; tests that exercise registration go through the real form. */
export async function makeUser(db: Db, overrides: { newCardsPerDay?: number; timeZone?: string } = {}) {
  return db.user.create({
    data: { email: `user-${randomUUID()}@example.com`, passwordHash: "not-used-in-this-test", ...overrides },
    select: { id: true, email: true },
  });
}
