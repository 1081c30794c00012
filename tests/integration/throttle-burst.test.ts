// The sign-in limits under parallel bursts: each attempt is claimed in the database before its password
// is checked, so a burst gets no more checks than the limit, also across two app instances.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db-client";
import { databaseUrl } from "@/lib/database-url";
import { createUser } from "@/lib/server/users/create-user";
import { signInWithThrottle } from "@/lib/server/users/sign-in";

const PASSWORD = "orbit velvet canyon lamp";

async function account() {
  const email = `burst-${randomUUID()}@example.com`;
  await createUser(db, { email, password: PASSWORD, name: "", timeZone: "UTC" });
  return email;
}

type Outcome = "throttled" | "wrong" | "signed in";
const outcome = (settled: PromiseSettledResult<unknown>): Outcome => {
  if (settled.status === "rejected") {
    expect(String(settled.reason)).toMatch(/Too many failed sign-ins/);
    return "throttled";
  }
  return settled.value ? "signed in" : "wrong";
};
const tally = (outcomes: Outcome[]) => ({ checked: outcomes.filter((o) => o !== "throttled").length, signedIn: outcomes.filter((o) => o === "signed in").length });

describe("sign-in limits under a parallel burst", () => {
  it("check at most 5 passwords of 50 sent at once to one account, the right one last, and then refuse the right one", async () => {
    const email = await account();
    const guesses = [...Array.from({ length: 49 }, (_, i) => `wrong guess ${i}`), PASSWORD];
    const settled = await Promise.allSettled(guesses.map((password, i) => signInWithThrottle(db, { email, password, address: `198.51.100.${i}` })));
    const { checked, signedIn } = tally(settled.map(outcome));
    // Before the claim came first, all 50 were checked and the right one signed in.
    expect(checked).toBeLessThanOrEqual(5);
    // The pool may run the last claim early; if the right one was among the first five, it rightly signed in.
    if (signedIn === 0) {
      await expect(signInWithThrottle(db, { email, password: PASSWORD, address: "198.51.100.250" })).rejects.toThrow(/Too many failed sign-ins/);
      expect((await db.loginThrottle.findUniqueOrThrow({ where: { key: `email:${email}` } })).failures).toBe(5);
    }
  });

  it("check at most 20 passwords of 40 sent at once from one address to many accounts", async () => {
    const address = `203.0.113.${Math.floor(Math.random() * 250)}`;
    const settled = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => signInWithThrottle(db, { email: `spray-${i}-${randomUUID()}@example.com`, password: "x", address })));
    expect(tally(settled.map(outcome)).checked).toBeLessThanOrEqual(20);
    await expect(signInWithThrottle(db, { email: await account(), password: PASSWORD, address })).rejects.toThrow(/Too many failed sign-ins/);
  });

  it("hold across two app instances sharing the database", async () => {
    const email = await account();
    const other = createPrismaClient(databaseUrl());
    try {
      const settled = await Promise.allSettled(
        Array.from({ length: 30 }, (_, i) => signInWithThrottle(i % 2 ? db : other, { email, password: `guess ${i}`, address: `192.0.2.${i}` })),
      );
      expect(tally(settled.map(outcome)).checked).toBeLessThanOrEqual(5);
    } finally {
      await other.$disconnect();
    }
  });

  it("still let the right password in at once when nobody is guessing, and clear the account's count", async () => {
    const email = await account();
    await signInWithThrottle(db, { email, password: "one slip", address: "192.0.2.77" });
    expect(await signInWithThrottle(db, { email, password: PASSWORD, address: "192.0.2.77" })).toMatchObject({ email });
    expect(await db.loginThrottle.count({ where: { key: `email:${email}` } })).toBe(0);
    // A success gives its claim back to the address, so one office signing in does not lock itself out.
    expect((await db.loginThrottle.findUniqueOrThrow({ where: { key: "ip:192.0.2.77" } })).failures).toBe(1);
  });
});
