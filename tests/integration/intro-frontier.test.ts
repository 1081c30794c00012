import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hotQuery, isSqliteClient, sqliteHotPath } from "@/lib/db-client";
import { OWN_TOPIC_ID } from "@/lib/content/own-cards";
import { setMark } from "@/lib/server/library/set-mark";
import { gradeCard, gradeInTransaction } from "@/lib/server/practice/grade-card";
import { practiceQueueStatement } from "@/lib/server/practice/get-next-card";
import { undoGrade } from "@/lib/server/practice/undo-grade";
import { advanceFrontierSqlite } from "@/lib/server/practice/write-grade";
import { getRequestLearner } from "@/lib/server/users/session-check";
import { makeUser } from "../support/users";

const DAY = 86_400_000;

/** The first new card by the rule itself: live, the bank's or the learner's own, no card, not suspended or buried, in introduction order. */
async function firstUnseenByTheRule(userId: string, now: Date): Promise<string | null> {
  const [questions, cards, marks] = await Promise.all([
    db.question.findMany({ where: { retiredAt: null, OR: [{ ownerId: null }, { ownerId: userId }] }, select: { id: true, position: true, topic: { select: { position: true } } } }),
    db.cardState.findMany({ where: { userId }, select: { questionId: true } }),
    db.questionMark.findMany({ where: { userId }, select: { questionId: true, suspendedAt: true, buriedUntil: true } }),
  ]);
  const seen = new Set(cards.map((c) => c.questionId));
  const hidden = new Set(marks.filter((m) => m.suspendedAt !== null || (m.buriedUntil !== null && m.buriedUntil > now)).map((m) => m.questionId));
  const order = questions
    .filter((q) => !seen.has(q.id) && !hidden.has(q.id))
    .sort((a, b) => a.position - b.position || a.topic.position - b.topic.position);
  return order[0]?.id ?? null;
}

/** Questions below the frontier that break its rule: live, visible to the learner, no card and not suspended. */
async function belowFrontierUnseen(userId: string): Promise<string[]> {
  const { introFrontier } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { introFrontier: true } });
  const below = await db.question.findMany({
    where: {
      retiredAt: null,
      position: { lt: introFrontier },
      OR: [{ ownerId: null }, { ownerId: userId }],
      cardStates: { none: { userId } },
      marks: { none: { userId, suspendedAt: { not: null } } },
    },
    select: { id: true },
  });
  return below.map((q) => q.id);
}

async function queueNewQuestion(userId: string, now: Date): Promise<string | null> {
  const learner = await getRequestLearner(db, userId);
  const [row] = await hotQuery<{ newQuestionId: string | null }>(db, practiceQueueStatement(db, { userId, now, learner }));
  return row!.newQuestionId;
}

describe("the introduction frontier", () => {
  it("keeps the practice queue's first new card exact through every change that can make a card new again", { timeout: 120_000 }, async () => {
    const user = await makeUser(db, { newCardsPerDay: 1000 });
    const deck = await db.deck.create({ data: { userId: user.id, name: "Mine" } });
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const pick = <T,>(items: T[]): T | undefined => items[Math.floor(random() * items.length)];
    const now = () => new Date(Date.now() + step * 1000);
    let step = 0;
    const introduced: string[] = [];
    const unseen = async () =>
      (await db.question.findMany({ where: { retiredAt: null, OR: [{ ownerId: null }, { ownerId: user.id }], cardStates: { none: { userId: user.id } } }, select: { id: true } })).map((q) => q.id);

    // Positions given below are new and negative: earlier than any card, and never tied within a topic (the order has no tie-break).
    const operations: Record<string, () => Promise<unknown>> = {
      // The hot path: the queue's own next new card, or a card already seen.
      gradeNext: async () => {
        const next = await queueNewQuestion(user.id, now());
        if (!next) return;
        const { reviewId } = await gradeCard(db, { userId: user.id, questionId: next, rating: 3, clientKey: randomUUID(), durationMs: 0, source: "practice", now: now() });
        introduced.push(reviewId);
      },
      gradeSeen: async () => {
        const card = pick(await db.cardState.findMany({ where: { userId: user.id }, select: { questionId: true } }));
        if (card) await gradeCard(db, { userId: user.id, questionId: card.questionId, rating: 1, clientKey: randomUUID(), durationMs: 0, source: "practice", now: now() });
      },
      // A quiz introduces questions anywhere in the order, and does not move the frontier.
      quizAnswer: async () => {
        const id = pick(await unseen());
        if (id) await db.$transaction((tx) => gradeInTransaction(tx, { userId: user.id, questionId: id, rating: 3, clientKey: randomUUID(), durationMs: 0, source: "quiz", now: now() }));
      },
      undoIntroduction: async () => {
        const reviewId = introduced.pop();
        if (reviewId) await undoGrade(db, { userId: user.id, reviewId }).catch(() => undefined);
      },
      suspendUnseen: async () => {
        const id = pick(await unseen());
        if (id) await setMark(db, { userId: user.id, questionId: id, change: { suspended: true }, now: now() });
      },
      // Suspending the card the frontier stands at lets it move past; the suspension's end must bring it back.
      suspendNext: async () => {
        const next = await queueNewQuestion(user.id, now());
        if (next) await setMark(db, { userId: user.id, questionId: next, change: { suspended: true }, now: now() });
      },
      unsuspend: async () => {
        const mark = pick(await db.questionMark.findMany({ where: { userId: user.id, suspendedAt: { not: null } } }));
        if (mark) await setMark(db, { userId: user.id, questionId: mark.questionId, change: { suspended: false }, now: now() });
      },
      dropSuspendedMark: async () => {
        const mark = pick(await db.questionMark.findMany({ where: { userId: user.id, suspendedAt: { not: null } } }));
        if (mark) await db.questionMark.delete({ where: { id: mark.id } });
      },
      buryUnseen: async () => {
        const id = pick(await unseen());
        if (id) await setMark(db, { userId: user.id, questionId: id, change: { buried: true }, now: now() });
      },
      retire: async () => {
        const question = pick(await db.question.findMany({ where: { retiredAt: null, ownerId: null }, select: { id: true }, take: 60 }));
        if (question) await db.question.update({ where: { id: question.id }, data: { retiredAt: now() } });
      },
      unretire: async () => {
        const question = pick(await db.question.findMany({ where: { retiredAt: { not: null } }, select: { id: true } }));
        if (question) await db.question.update({ where: { id: question.id }, data: { retiredAt: null } });
      },
      moveEarlier: async () => {
        const question = pick(await db.question.findMany({ where: { retiredAt: null, ownerId: null, position: { gt: 3 } }, select: { id: true }, take: 200 }));
        if (question) await db.question.update({ where: { id: question.id }, data: { position: -1000 - step } });
      },
      addBankQuestion: () =>
        db.question.create({
          data: { id: `frontier-${randomUUID()}`, topicId: "http", subtopic: "frontier", difficulty: "easy", type: "flashcard", prompt: "p", answer: "a", explanation: "e", position: -2000 - step },
        }),
      addOwnCard: () =>
        db.question.create({
          data: { id: `own-${randomUUID()}`, topicId: OWN_TOPIC_ID, subtopic: deck.id, difficulty: "medium", type: "flashcard", prompt: "p", answer: "a", explanation: "e", position: -3000 - step, ownerId: user.id, deckId: deck.id },
        }),
    };
    // The hot path most often, as in practice; every other change often enough to meet the frontier in every state.
    const weighted = [...Array<string>(6).fill("gradeNext"), "gradeSeen", ...Object.keys(operations).filter((k) => k !== "gradeNext" && k !== "gradeSeen")];
    const seenOps = new Set<string>();
    for (step = 0; step < 160; step++) {
      const name = pick(weighted)!;
      seenOps.add(name);
      await operations[name]!();
      expect(await belowFrontierUnseen(user.id), `after ${name} (step ${step})`).toEqual([]);
      expect(await queueNewQuestion(user.id, now()), `after ${name} (step ${step})`).toBe(await firstUnseenByTheRule(user.id, now()));
    }
    expect(seenOps.size).toBe(Object.keys(operations).length);
    // The frontier did its job: it moved on from where a new learner's starts, so the queue did not walk every card seen.
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).introFrontier).toBeGreaterThan(-2_147_483_648);
  });

  it("moves past a suspended new card, and back to it when its suspension ends or its mark is deleted", async () => {
    const user = await makeUser(db, { newCardsPerDay: 1000 });
    const at = new Date();
    for (const end of ["unsuspend", "delete the mark"] as const) {
      const suspended = (await queueNewQuestion(user.id, at))!;
      await setMark(db, { userId: user.id, questionId: suspended, change: { suspended: true }, now: at });
      const next = (await queueNewQuestion(user.id, at))!;
      await gradeCard(db, { userId: user.id, questionId: next, rating: 3, clientKey: randomUUID(), durationMs: 0, source: "practice", now: at });
      const { introFrontier } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { introFrontier: true } });
      expect(introFrontier).toBeGreaterThan((await db.question.findUniqueOrThrow({ where: { id: suspended } })).position);
      if (end === "unsuspend") await setMark(db, { userId: user.id, questionId: suspended, change: { suspended: false }, now: at });
      else await db.questionMark.deleteMany({ where: { userId: user.id, questionId: suspended } });
      expect(await queueNewQuestion(user.id, at), end).toBe(suspended);
      await gradeCard(db, { userId: user.id, questionId: suspended, rating: 3, clientKey: randomUUID(), durationMs: 0, source: "practice", now: at });
    }
  });

  it("is never moved past a card another transaction is undoing at the same time", async () => {
    const user = await makeUser(db, { newCardsPerDay: 1000 });
    const at = new Date();
    const first = (await queueNewQuestion(user.id, at))!;
    const { reviewId } = await gradeCard(db, { userId: user.id, questionId: first, rating: 3, clientKey: randomUUID(), durationMs: 0, source: "practice", now: at });
    // Undo the introduction while other grades move the frontier on; whatever the interleaving, the undone card is new again.
    const second = (await queueNewQuestion(user.id, at))!;
    await Promise.all([
      undoGrade(db, { userId: user.id, reviewId }),
      gradeCard(db, { userId: user.id, questionId: second, rating: 3, clientKey: randomUUID(), durationMs: 0, source: "practice", now: new Date(at.getTime() + DAY) }),
    ]);
    expect(await belowFrontierUnseen(user.id)).toEqual([]);
    expect(await queueNewQuestion(user.id, at)).toBe(await firstUnseenByTheRule(user.id, at));
  });

  it.runIf(isSqliteClient(db))("moves on by walking the introduction-order index on SQLite, never by sorting the bank", () => {
    const { sql, args } = advanceFrontierSqlite("someone");
    const plan = sqliteHotPath(db)!.query<{ detail: string }>({ sql: `EXPLAIN QUERY PLAN ${sql}`, args }).map((r) => r.detail);
    expect(plan.join("\n")).toContain("Question_position_retiredAt_topicId_ownerId_id_idx (position>?)");
    expect(plan.join("\n")).not.toContain("TEMP B-TREE");
  });
});
