import { randomUUID } from "node:crypto";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadContent } from "@/lib/content/load";
import { seedQuestions } from "@/lib/server/content/seed-questions";
import { gradeCard } from "@/lib/server/practice/grade-card";
import { makeUser } from "../support/users";

const content = loadContent(path.resolve(process.env.CONTENT_DIR ?? "content"));

describe("seeding", () => {
  it("is idempotent and leaves users' card states and review logs untouched", async () => {
    const user = await makeUser(db);
    const questionId = content.questions[0]!.id;
    await gradeCard(db, { userId: user.id, questionId, rating: 3, clientKey: randomUUID(), durationMs: 0, source: "practice" });
    const states = await db.cardState.findMany({ orderBy: { id: "asc" } });
    const logs = await db.reviewLog.findMany({ orderBy: { id: "asc" } });

    const again = await seedQuestions(db, content);
    expect(again).toMatchObject({ created: 0, updated: 0, retired: 0, unchanged: content.questions.length });
    expect(await db.cardState.findMany({ orderBy: { id: "asc" } })).toEqual(states);
    expect(await db.reviewLog.findMany({ orderBy: { id: "asc" } })).toEqual(logs);
  });

  it("updates changed wording, adds new questions and retires removed ones without deleting history", async () => {
    const user = await makeUser(db);
    const [kept, removed] = content.questions;
    await gradeCard(db, { userId: user.id, questionId: removed!.id, rating: 3, clientKey: randomUUID(), durationMs: 0, source: "practice" });
    const added = { ...kept!, id: "apis-a-brand-new-question", prompt: "A question that was not there before?" };
    const edited = { ...kept!, prompt: `${kept!.prompt} (reworded)` };
    const summary = await seedQuestions(db, { ...content, questions: [edited, added, ...content.questions.slice(2)] });
    expect(summary).toMatchObject({ created: 1, updated: 1, retired: 1 });

    expect((await db.question.findUniqueOrThrow({ where: { id: kept!.id } })).prompt).toContain("(reworded)");
    expect((await db.question.findUniqueOrThrow({ where: { id: removed!.id } })).retiredAt).not.toBeNull();
    expect(await db.reviewLog.count({ where: { userId: user.id, questionId: removed!.id } })).toBe(1);
    expect(await db.cardState.count({ where: { userId: user.id, questionId: removed!.id } })).toBe(1);

    // Putting it back in the files brings it back, with the user's history intact.
    await seedQuestions(db, content);
    expect((await db.question.findUniqueOrThrow({ where: { id: removed!.id } })).retiredAt).toBeNull();
  });
});
