import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { gradeCard } from "@/lib/server/practice/grade-card";
import { getNextCard } from "@/lib/server/practice/get-next-card";
import { setMark } from "@/lib/server/library/set-mark";
import { makeUser } from "../support/users";
import { OWN_TOPIC_ID } from "@/lib/content/own-cards";

const grade = (userId: string, questionId: string, rating: 1 | 2 | 3 | 4, now: Date) =>
  gradeCard(db, { userId, questionId, rating, clientKey: randomUUID(), durationMs: 0, source: "practice", now });

describe("the practice queue", () => {
  it("leaves the cards on retired questions out of the unseen count", async () => {
    const user = await makeUser(db);
    const now = new Date();
    const before = await getNextCard(db, { userId: user.id, now });
    const deck = await db.deck.create({ data: { userId: user.id, name: "Half retired" } });
    const [kept, gone] = await Promise.all(
      [0, 1].map((position) =>
        db.question.create({
          data: { id: `own-${randomUUID()}`, topicId: OWN_TOPIC_ID, subtopic: deck.id, difficulty: "medium", type: "flashcard", prompt: "p", answer: "a", explanation: "e", position, ownerId: user.id, deckId: deck.id },
        }),
      ),
    );
    await grade(user.id, kept!.id, 3, now);
    await grade(user.id, gone!.id, 3, now);
    await db.question.update({ where: { id: gone!.id }, data: { retiredAt: now } });
    // Two cards added and both seen, one of them retired: nothing new is waiting (counting the retired one would make it one fewer).
    const after = await getNextCard(db, { userId: user.id, now });
    expect(after.counts.unseen).toBe(before.counts.unseen);
    expect((await getNextCard(db, { userId: user.id, now, topicId: OWN_TOPIC_ID })).counts.unseen).toBe(0);
  });

  it("serves due cards before new ones, most overdue first", async () => {
    const user = await makeUser(db);
    const [a, b] = await db.question.findMany({ where: { retiredAt: null }, take: 2, orderBy: { id: "desc" } });
    const day1 = new Date("2026-01-01T09:00:00Z");
    await grade(user.id, a!.id, 4, day1);
    await grade(user.id, b!.id, 1, day1);
    const later = new Date("2026-06-01T09:00:00Z");
    const next = await getNextCard(db, { userId: user.id, now: later });
    expect(next.kind).toBe("card");
    if (next.kind !== "card") return;
    expect(next.card.isNew).toBe(false);
    // b was graded Again (due in a minute), so it is the most overdue.
    expect(next.card.questionId).toBe(b!.id);
    expect(next.counts.due).toBe(2);
  });

  it("stops offering new cards at the daily limit and says when the next one is due", async () => {
    const user = await makeUser(db, { newCardsPerDay: 2 });
    const now = new Date();
    for (let i = 0; i < 2; i++) {
      const next = await getNextCard(db, { userId: user.id, now });
      if (next.kind !== "card") throw new Error("expected a card");
      expect(next.card.isNew).toBe(true);
      await grade(user.id, next.card.questionId, 4, now);
    }
    const done = await getNextCard(db, { userId: user.id, now });
    expect(done.kind).toBe("done");
    if (done.kind !== "done") return;
    expect(done.counts).toMatchObject({ due: 0, newAvailable: 0 });
    expect(done.counts.unseen).toBeGreaterThan(0);
    expect(new Date(done.nextDueAt!).getTime()).toBeGreaterThan(now.getTime());
  });

  it("says the next card comes due when the soonest card the learner still sees does", async () => {
    const user = await makeUser(db, { newCardsPerDay: 2 });
    const now = new Date("2026-01-01T09:00:00Z");
    const [soon, later] = await db.question.findMany({ where: { retiredAt: null, ownerId: null }, take: 2, orderBy: { id: "asc" } });
    await grade(user.id, soon!.id, 1, now);
    await grade(user.id, later!.id, 4, now);
    const dueOf = async (questionId: string) =>
      (await db.cardState.findUniqueOrThrow({ where: { userId_questionId: { userId: user.id, questionId } } })).due.toISOString();
    const nextDueAt = async () => {
      const done = await getNextCard(db, { userId: user.id, now });
      if (done.kind !== "done") throw new Error("expected nothing due and no new card left today");
      return done.nextDueAt;
    };
    expect(await nextDueAt()).toBe(await dueOf(soon!.id));
    // A suspended card will not come up, so the next one to come due is the other.
    await setMark(db, { userId: user.id, questionId: soon!.id, change: { suspended: true }, now });
    expect(await nextDueAt()).toBe(await dueOf(later!.id));
    await setMark(db, { userId: user.id, questionId: later!.id, change: { suspended: true }, now });
    expect(await nextDueAt()).toBeNull();
  });

  it("keeps a card's option order across a reload and shuffles it anew after each review", async () => {
    const user = await makeUser(db);
    const question = await db.question.findFirstOrThrow({ where: { retiredAt: null, type: "multi" }, orderBy: { id: "asc" } });
    const orderNow = async (now: Date) => {
      const next = await getNextCard(db, { userId: user.id, topicId: question.topicId, now });
      if (next.kind !== "card" || next.card.questionId !== question.id) throw new Error("expected the graded card");
      return next.card.choices!.map((c) => c.id).join("");
    };
    const orders: string[] = [];
    let now = new Date("2026-01-01T09:00:00Z");
    for (let review = 0; review < 8; review++) {
      await grade(user.id, question.id, 1, now);
      now = new Date(now.getTime() + 24 * 3600_000);
      const shown = await orderNow(now);
      expect(await orderNow(now), "a reload shows the same order").toBe(shown);
      orders.push(shown);
    }
    expect(new Set(orders).size, orders.join(" ")).toBeGreaterThan(3);
  });

  it("filters by topic", async () => {
    const user = await makeUser(db);
    const next = await getNextCard(db, { userId: user.id, topicId: "security" });
    expect(next.kind === "card" && next.card.topic.id).toBe("security");
  });

  it("interleaves topics among new cards", async () => {
    const user = await makeUser(db);
    const now = new Date();
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      const next = await getNextCard(db, { userId: user.id, now });
      if (next.kind !== "card") throw new Error("expected a card");
      seen.push(next.card.topic.id);
      await grade(user.id, next.card.questionId, 4, now);
    }
    expect(new Set(seen).size).toBe(6);
  });

  it("never shows one user's progress to another", async () => {
    const first = await makeUser(db);
    const second = await makeUser(db);
    const now = new Date();
    const card = await getNextCard(db, { userId: first.id, now });
    if (card.kind !== "card") throw new Error("expected a card");
    await grade(first.id, card.card.questionId, 4, now);
    const theirs = await getNextCard(db, { userId: second.id, now });
    expect(theirs.kind === "card" && theirs.card.isNew).toBe(true);
    expect(theirs.counts.newAvailable).toBe(20);
  });
});
