// A learner's own decks and cards on the real database (SQLite here, PostgreSQL under TEST_POSTGRES_URL):
// they join practice, drill, quizzes, the library and mastery for their owner, and nobody else ever sees them.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { currentQuestionBank } from "@/lib/server/content/question-bank";
import { contentVersion } from "@/lib/server/content/question-bank";
import { createDeck, deleteDeck, listDecks } from "@/lib/server/decks/decks";
import { createOwnCard, getOwnCard, retireOwnCard, updateOwnCard } from "@/lib/server/decks/own-cards";
import { searchLibrary } from "@/lib/server/library/search-library";
import { setMark } from "@/lib/server/library/set-mark";
import { createStudySet, getStudySetCard } from "@/lib/server/library/study-set";
import { getCard } from "@/lib/server/practice/get-card";
import { getNextCard } from "@/lib/server/practice/get-next-card";
import { gradeCard } from "@/lib/server/practice/grade-card";
import { getDashboard } from "@/lib/server/progress/get-dashboard";
import { getTopicMastery } from "@/lib/server/progress/get-topic-mastery";
import { createQuiz } from "@/lib/server/quiz/create-quiz";
import { libraryFiltersSchema } from "@/lib/validation/library";
import { ownCardSchema, type OwnCardInput } from "@/lib/validation/decks";
import { makeUser } from "../support/users";
import { getInterviewPlan } from "@/lib/server/learner/get-interview-plan";
import path from "node:path";
import { loadContent } from "@/lib/content/load";
import { seedQuestions } from "@/lib/server/content/seed-questions";

const card = (input: Partial<OwnCardInput> = {}) => ownCardSchema.parse({ type: "flashcard", prompt: "What does **zanzibar** store?", answer: "Relation tuples", ...input });
const grade = (userId: string, questionId: string, rating: 1 | 2 | 3 | 4 = 3) =>
  gradeCard(db, { userId, questionId, rating, clientKey: randomUUID(), durationMs: 1000, source: "practice" });

async function ownerWithDeck(cards = 5) {
  const user = await makeUser(db, { newCardsPerDay: 1000 });
  const deck = await createDeck(db, { userId: user.id, name: "Zanzibar notes" });
  const ids: string[] = [];
  for (let i = 0; i < cards; i++) ids.push((await createOwnCard(db, { userId: user.id, deckId: deck.id, card: card({ prompt: `Zanzibar question ${i}`, tags: ["authz"] }) })).id);
  return { user, deck, ids };
}

describe("own cards", () => {
  it("are stored under the own topic, outside the shared bank, and never bump the bank's version", async () => {
    const before = await contentVersion(db);
    const { user, deck, ids } = await ownerWithDeck(2);
    expect(await contentVersion(db)).toBe(before);
    const row = await db.question.findUniqueOrThrow({ where: { id: ids[0]! } });
    expect(row).toMatchObject({ ownerId: user.id, deckId: deck.id, topicId: "own", subtopic: deck.id, retiredAt: null });
    const bank = await currentQuestionBank(db);
    expect(bank.byId.has(ids[0]!)).toBe(false);
    expect(bank.topics.map((t) => t.id)).not.toContain("own");
  });

  it("take part in practice with FSRS, the library, search, selections, quizzes and mastery for their owner", async () => {
    const { user, deck, ids } = await ownerWithDeck(6);
    // The library, filtered by deck, and full-text search find them.
    const inDeck = await searchLibrary(db, { userId: user.id, filters: libraryFiltersSchema.parse({ deck: deck.id }) });
    expect(inDeck.rows.map((r) => r.id).sort()).toEqual([...ids].sort());
    const found = await searchLibrary(db, { userId: user.id, filters: libraryFiltersSchema.parse({ q: "zanzibar" }) });
    expect(found.rows.map((r) => r.id)).toEqual(expect.arrayContaining(ids));
    // Practising the deck as a selection serves its cards and grades them with FSRS.
    const set = await createStudySet(db, { userId: user.id, filters: libraryFiltersSchema.parse({ deck: deck.id }) });
    expect(set.count).toBe(6);
    const next = await getStudySetCard(db, { userId: user.id, setId: set.id });
    expect(next.kind === "card" && ids.includes(next.card.questionId)).toBe(true);
    const questionId = next.kind === "card" ? next.card.questionId : "";
    await grade(user.id, questionId, 3);
    const state = await db.cardState.findUniqueOrThrow({ where: { userId_questionId: { userId: user.id, questionId } } });
    expect(state.reps).toBe(1);
    expect(state.due.getTime()).toBeGreaterThan(Date.now());
    // A quiz of only the deck draws only its cards.
    const quiz = await createQuiz(db, { userId: user.id, topicIds: [], deckIds: [deck.id], count: 5, difficulties: [] });
    const drawn = await db.quizQuestion.findMany({ where: { quizId: quiz.id }, select: { questionId: true } });
    expect(drawn.every((d) => ids.includes(d.questionId))).toBe(true);
    // Mastery per deck counts the deck's cards and the one seen.
    const mastery = await getTopicMastery(db, { userId: user.id });
    expect(mastery.decks).toEqual([expect.objectContaining({ id: deck.id, name: "Zanzibar notes", total: 6, seen: 1 })]);
    expect(mastery.topics.map((t) => t.id)).not.toContain("own");
    // Forgotten, an own card is among the weakest questions on the dashboard, under its own prompt.
    await grade(user.id, questionId, 1);
    const dashboard = await getDashboard(db, { userId: user.id });
    expect(dashboard.weakest.find((q) => q.questionId === questionId)?.prompt).toMatch(/^Zanzibar question \d$/);
  });

  it("join the main practice queue once the bank's new cards are used up for the day ordering", async () => {
    const { user, ids } = await ownerWithDeck(1);
    // Graded once, the card is due later; made due now, the queue serves it first.
    await grade(user.id, ids[0]!, 1);
    await db.cardState.updateMany({ where: { userId: user.id, questionId: ids[0]! }, data: { due: new Date(Date.now() - 60_000) } });
    const next = await getNextCard(db, { userId: user.id });
    expect(next.kind === "card" && next.card.questionId).toBe(ids[0]);
  });

  it("are invisible to every other learner: library, search, card, marks, grade, quiz and decks", async () => {
    const { deck, ids } = await ownerWithDeck(3);
    const other = await makeUser(db, { newCardsPerDay: 1000 });
    const search = await searchLibrary(db, { userId: other.id, filters: libraryFiltersSchema.parse({ q: "zanzibar" }) });
    expect(search.rows.filter((r) => ids.includes(r.id))).toEqual([]);
    const byDeck = await searchLibrary(db, { userId: other.id, filters: libraryFiltersSchema.parse({ deck: deck.id }) });
    expect(byDeck.total).toBe(0);
    await expect(getCard(db, { userId: other.id, questionId: ids[0]! })).rejects.toMatchObject({ code: "not_found" });
    await expect(getOwnCard(db, { userId: other.id, cardId: ids[0]! })).rejects.toMatchObject({ code: "not_found" });
    await expect(setMark(db, { userId: other.id, questionId: ids[0]!, change: { flagged: true } })).rejects.toMatchObject({ code: "not_found" });
    await expect(grade(other.id, ids[0]!)).rejects.toMatchObject({ code: "not_found" });
    await expect(updateOwnCard(db, { userId: other.id, cardId: ids[0]!, card: card() })).rejects.toMatchObject({ code: "not_found" });
    await expect(retireOwnCard(db, { userId: other.id, cardId: ids[0]! })).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteDeck(db, { userId: other.id, deckId: deck.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(createOwnCard(db, { userId: other.id, deckId: deck.id, card: card() })).rejects.toMatchObject({ code: "not_found" });
    await expect(createQuiz(db, { userId: other.id, topicIds: [], deckIds: [deck.id], count: 5, difficulties: [] })).rejects.toMatchObject({ code: "not_found" });
    expect(await listDecks(db, { userId: other.id })).toEqual([]);
    // Their whole new-card queue never reaches another's card, however far it goes.
    const quiz = await createQuiz(db, { userId: other.id, topicIds: ["apis", "databases", "http", "security", "dsa", "architecture", "operations", "engineering"], count: 50, difficulties: [] });
    const drawn = await db.quizQuestion.findMany({ where: { quizId: quiz.id }, select: { question: { select: { ownerId: true } } } });
    expect(drawn.every((d) => d.question.ownerId === null)).toBe(true);
    const mastery = await getTopicMastery(db, { userId: other.id });
    expect(mastery.decks).toEqual([]);
    expect(await db.question.count({ where: { ownerId: { not: null }, marks: { some: { userId: other.id } } } })).toBe(0);
  });

  it("never change another learner's interview plan or its counts", async () => {
    const learner = await makeUser(db);
    await db.user.update({ where: { id: learner.id }, data: { interviewDate: new Date(Date.now() + 30 * 86_400_000) } });
    const before = await getInterviewPlan(db, { userId: learner.id });
    await ownerWithDeck(4);
    const after = await getInterviewPlan(db, { userId: learner.id });
    expect(after).toEqual(before);
    expect(after?.topicIds).not.toContain("own");
  });

  it("can be edited, and deleting retires them (history kept) while the seed never touches them", async () => {
    const { user, deck, ids } = await ownerWithDeck(2);
    await grade(user.id, ids[0]!);
    await updateOwnCard(db, { userId: user.id, cardId: ids[0]!, card: card({ type: "single", prompt: "Pick one", answer: "B", choices: [{ text: "A", why: "no" }, { text: "B", correct: true }] }) });
    const edited = await db.question.findUniqueOrThrow({ where: { id: ids[0]! } });
    expect(edited.type).toBe("single");
    expect(JSON.parse(edited.choices!)).toEqual([{ id: "a", text: "A", correct: false, why: "no" }, { id: "b", text: "B", correct: true, why: null }]);
    // A reseed of the bank leaves own cards exactly as they were.
    const seeded = await seedQuestions(db, loadContent(path.resolve(process.env.CONTENT_DIR ?? "content")));
    expect(seeded.retired).toBe(0);
    expect(await db.question.findUniqueOrThrow({ where: { id: ids[0]! } })).toEqual(edited);
    await retireOwnCard(db, { userId: user.id, cardId: ids[0]! });
    await expect(getCard(db, { userId: user.id, questionId: ids[0]! })).rejects.toMatchObject({ code: "not_found" });
    expect(await db.reviewLog.count({ where: { questionId: ids[0]! } })).toBe(1);
    const found = await searchLibrary(db, { userId: user.id, filters: libraryFiltersSchema.parse({ deck: deck.id }) });
    expect(found.rows.map((r) => r.id)).toEqual([ids[1]]);
    await deleteDeck(db, { userId: user.id, deckId: deck.id });
    expect(await db.question.count({ where: { deckId: deck.id, retiredAt: null } })).toBe(0);
    expect(await listDecks(db, { userId: user.id })).toEqual([]);
  });

  it("refuse an invalid card with a clear message and write nothing", () => {
    const bad = [
      [{ type: "single", prompt: "p", answer: "a", choices: [{ text: "x" }, { text: "y" }] }, /exactly one option/],
      [{ type: "multi", prompt: "p", answer: "a", choices: [{ text: "x" }] }, /at least two options/],
      [{ type: "order", prompt: "p", answer: "a", steps: ["only one"] }, /two steps/],
      [{ type: "code", prompt: "p", answer: "a", choices: [{ text: "x", correct: true }, { text: "y" }] }, /code and language/],
      [{ type: "flashcard", prompt: "  ", answer: "a" }, /prompt must not be empty/],
    ] as const;
    for (const [input, message] of bad) {
      const parsed = ownCardSchema.safeParse(input);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((i) => i.message).join(" ")).toMatch(message);
    }
  });
});
