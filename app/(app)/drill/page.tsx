import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { nextCardFor } from "@/lib/server/practice/next-for-mode";
import { listTopics } from "@/lib/server/topics/list-topics";
import { topicFilterSchema } from "@/lib/validation/practice";
import { PracticeView } from "../practice/practice-view";

export const metadata: Metadata = { title: "Drill" };

export default async function DrillPage({ searchParams }: { searchParams: Promise<{ topic?: string; focus?: string }> }) {
  const user = await requireUser("/drill");
  const params = await searchParams;
  if (params.focus === "misconceptions") {
    const first = await nextCardFor(db, "misconceptions", { userId: user.id });
    return <PracticeView renderId={randomUUID()} userId={user.id} key="drill-misconceptions" initial={first} topic={null} mode="misconceptions" />;
  }
  const requested = topicFilterSchema.safeParse(params.topic);
  const topicId = requested.success ? (requested.data ?? null) : null;
  const [first, topics] = await Promise.all([nextCardFor(db, "drill", { userId: user.id, topicId }), listTopics(db)]);
  const topic = topics.find((t) => t.id === topicId) ?? null;
  return <PracticeView renderId={randomUUID()} userId={user.id} key={`drill-${topicId ?? "all"}`} initial={first} topic={topic} mode="drill" />;
}
