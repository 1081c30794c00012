import "server-only";
import type { Db } from "@/lib/db-client";
import { TOPIC_IDS, type TopicId } from "@/lib/content/schema";
import { AppError } from "@/lib/http/app-error";
import type { LibraryFilters } from "@/lib/validation/library";
import { createQuiz } from "@/lib/server/quiz/create-quiz";
import { studyableSelection } from "./study-set";
import { visibleTo } from "./hidden-questions";

/** A timed quiz drawn from the questions a filtered list selects (never suspended ones), a minute per question. */
export async function createSelectionQuiz(db: Db, { userId, filters, count, now = new Date() }: { userId: string; filters: Omit<LibraryFilters, "page">; count: number; now?: Date }) {
  const ids = await studyableSelection(db, userId, filters, now);
  if (ids.length === 0) throw new AppError("invalid", "No question in this list can go in a quiz: it is empty, or every question in it is suspended.");
  const take = Math.min(count, ids.length);
  const groups = await db.question.findMany({ where: { id: { in: ids }, ...visibleTo(userId) }, select: { topicId: true, deckId: true }, distinct: ["topicId", "deckId"] });
  const topicIds = [...new Set(groups.map((g) => g.topicId))].filter((t): t is TopicId => (TOPIC_IDS as readonly string[]).includes(t));
  // Own cards in the list are drawn through their decks (live ones only: a deleted deck's cards are retired).
  const deckIds = [...new Set(groups.flatMap((g) => (g.deckId ? [g.deckId] : [])))];
  const liveDecks = (await db.deck.findMany({ where: { id: { in: deckIds }, userId, deletedAt: null }, select: { id: true } })).map((d) => d.id);
  return createQuiz(db, { userId, topicIds, deckIds: liveDecks, count: take, difficulties: [], onlyQuestionIds: ids, timeLimitMinutes: Math.max(1, take), now });
}
