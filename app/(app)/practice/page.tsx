import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getNextCard } from "@/lib/server/practice/get-next-card";
import { listTopics } from "@/lib/server/topics/list-topics";
import { topicFilterSchema } from "@/lib/validation/practice";
import { PracticeView } from "./practice-view";

export const metadata: Metadata = { title: "Practice" };

export default async function PracticePage({ searchParams }: { searchParams: Promise<{ topic?: string }> }) {
  const user = await requireUser("/practice");
  const requested = topicFilterSchema.safeParse((await searchParams).topic);
  const topicId = requested.success ? (requested.data ?? null) : null;
  const [first, topics] = await Promise.all([getNextCard(db, { userId: user.id, topicId, learner: user.learner }), listTopics(db)]);
  const topic = topics.find((t) => t.id === topicId) ?? null;
  return <PracticeView key={topicId ?? "all"} initial={first} topic={topic} />;
}
