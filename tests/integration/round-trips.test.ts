// The grade is the product's heartbeat: its database round trips are a budget this suite holds it to.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as grade } from "@/app/api/practice/grade/route";
import { GET as next } from "@/app/api/practice/next/route";
import { db } from "@/lib/db";
import { isPostgres } from "@/lib/db-client";
import { countRoundTrips } from "@/lib/db-round-trips";
import type { GradeResult, NextCardResult } from "@/lib/practice/types";
import { requestAs } from "../support/auth";
import { makeUser } from "../support/users";

// The budget was 4; the session check now rides on the grade's first read.
const MAX_ROUND_TRIPS = 3;

async function gradeOver(user: { id: string; email: string }, questionId: string, clientKey: string) {
  const req = await requestAs(user, "/api/practice/grade", {
    body: { questionId, rating: 3, clientKey, durationMs: 1000 },
  });
  return countRoundTrips(async () => {
    const response = await grade(req, {});
    expect(response.status).toBe(200);
    return (await response.json()) as GradeResult;
  });
}

describe("grade-and-next round trips", () => {
  it(`stay within ${MAX_ROUND_TRIPS} per request, session check included, for new cards, seen cards and repeats`, async () => {
    const user = await makeUser(db);
    // Warm the question bank, as any earlier request in the process would have.
    let card = (
      (await (await next(await requestAs(user, "/api/practice/next"), {})).json()) as NextCardResult & { kind: "card" }
    ).card;
    const first = card.questionId;
    const counts: number[] = [];
    for (let i = 0; i < 6; i++) {
      const { result, roundTrips } = await gradeOver(user, card.questionId, card.clientKey);
      counts.push(roundTrips);
      expect(result.next.kind).toBe("card");
      card = (result.next as NextCardResult & { kind: "card" }).card;
    }
    // A card already seen (its CardState exists) goes through the version-checked update.
    const again = await gradeOver(user, first, randomUUID());
    counts.push(again.roundTrips);
    expect(
      await db.cardState.findUniqueOrThrow({ where: { userId_questionId: { userId: user.id, questionId: first } } }),
    ).toMatchObject({ version: 2 });
    // A repeated key writes nothing and costs no more.
    const key = randomUUID();
    await gradeOver(user, card.questionId, key);
    const repeat = await gradeOver(user, card.questionId, key);
    expect(repeat.result.duplicate).toBe(true);
    counts.push(repeat.roundTrips);
    if (process.env.SHOW_ROUND_TRIPS) console.log(`round trips per grade-and-next: ${counts.join(", ")}`);
    for (const n of counts) expect(n).toBeLessThanOrEqual(MAX_ROUND_TRIPS);
  });

  it.skipIf(isPostgres())(
    "SQLite keeps one connection across transactions: a temp table made before a transaction is still there after it",
    async () => {
      await db.$executeRawUnsafe(`CREATE TEMP TABLE IF NOT EXISTS "connection_probe" (x INTEGER)`);
      await db.$transaction(async (tx) => tx.user.count());
      const user = await makeUser(db);
      const card = (
        (await (await next(await requestAs(user, "/api/practice/next"), {})).json()) as NextCardResult & {
          kind: "card";
        }
      ).card;
      await gradeOver(user, card.questionId, card.clientKey);
      await expect(db.$queryRawUnsafe(`SELECT COUNT(*) AS n FROM "connection_probe"`)).resolves.toBeTruthy();
    },
  );
});
