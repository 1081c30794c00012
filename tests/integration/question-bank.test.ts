// Each process keeps the question bank in memory; a reseed by any process (another instance on
// PostgreSQL, `npm run db:seed` beside a SQLite server) must show on this one's next request.
import { randomUUID } from "node:crypto";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { POST as grade } from "@/app/api/practice/grade/route";
import { GET as next } from "@/app/api/practice/next/route";
import { loadContent } from "@/lib/content/load";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db-client";
import type { NextCardResult } from "@/lib/practice/types";
import { contentVersion } from "@/lib/server/content/question-bank";
import { seedQuestions } from "@/lib/server/content/seed-questions";
import { requestAs } from "../support/auth";
import { makeUser } from "../support/users";

const content = loadContent(path.resolve(process.env.CONTENT_DIR ?? "content"));
// Another instance: its own client and connections to the same database.
const other = createPrismaClient(process.env.DATABASE_URL);
afterAll(() => other.$disconnect());

const nextCard = async (user: { id: string; email: string }) =>
  (await (await next(await requestAs(user, "/api/practice/next"), {})).json()) as NextCardResult & { kind: "card" };

describe("the in-memory question bank", () => {
  it("follows a reseed made through another connection: new wording, a retired question, and it back again", async () => {
    const user = await makeUser(db);
    const first = await nextCard(user);
    const original = content.questions.find((q) => q.id === first.card.questionId)!;
    const before = await contentVersion(db);

    await seedQuestions(other, { ...content, questions: content.questions.map((q) => (q.id === original.id ? { ...q, prompt: "Reworded by a reseed?" } : q)) });
    expect(await contentVersion(db)).toBeGreaterThan(before);
    expect((await nextCard(user)).card.promptHtml).toContain("Reworded by a reseed?");

    await seedQuestions(other, { ...content, questions: content.questions.filter((q) => q.id !== original.id) });
    expect((await nextCard(user)).card.questionId).not.toBe(original.id);
    const refused = await grade(await requestAs(user, "/api/practice/grade", { body: { questionId: original.id, rating: 3, clientKey: randomUUID() } }), {});
    expect(refused.status).toBe(404);

    await seedQuestions(other, content);
    const back = await nextCard(user);
    expect(back.card.questionId).toBe(original.id);
    expect(back.card.promptHtml).not.toContain("Reworded");
  });

  it("moves on when a question is edited directly, not through the seed", async () => {
    const before = await contentVersion(db);
    await other.topic.update({ where: { id: "apis" }, data: { glyph: "A" } });
    expect(await contentVersion(db)).toBeGreaterThan(before);
  });
});
