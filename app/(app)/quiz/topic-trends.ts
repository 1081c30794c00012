import type { QuizHistoryRow } from "@/lib/server/quiz/list-quizzes";

/** Per topic, the score of each of the last five closed quizzes that included it, oldest first. */
export function topicTrends(quizzes: QuizHistoryRow[]) {
  const trends = new Map<string, { id: string; name: string; scores: number[] }>();
  for (const quiz of [...quizzes].reverse()) {
    if (quiz.status === "active") continue;
    for (const topic of quiz.topics) {
      if (topic.total === 0) continue;
      const entry = trends.get(topic.id) ?? { id: topic.id, name: topic.name, scores: [] };
      entry.scores.push(Math.round((100 * topic.correct) / topic.total));
      trends.set(topic.id, entry);
    }
  }
  return [...trends.values()].map((t) => ({ ...t, scores: t.scores.slice(-5) }));
}
