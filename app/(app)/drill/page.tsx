import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getDrillCard } from "@/lib/server/practice/get-drill-card";
import { listTopics } from "@/lib/server/topics/list-topics";
import { topicFilterSchema } from "@/lib/validation/practice";
import { PracticeView } from "../practice/practice-view";

export const metadata: Metadata = { title: "Drill" };

export default async function DrillPage({ searchParams }: { searchParams: Promise<{ topic?: string }> }) {
  const user = await requireUser("/drill");
  const requested = topicFilterSchema.safeParse((await searchParams).topic);
  const topicId = requested.success ? (requested.data ?? null) : null;
  const [first, topics] = await Promise.all([getDrillCard(db, { userId: user.id, topicId }), listTopics(db)]);
  const topic = topics.find((t) => t.id === topicId) ?? null;
  return <PracticeView key={`drill-${topicId ?? "all"}`} initial={first} topic={topic} mode="drill" />;
}
