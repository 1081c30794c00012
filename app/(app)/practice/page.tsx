import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getStudySet } from "@/lib/server/library/study-set";
import { nextCardFor } from "@/lib/server/practice/next-for-mode";
import { listTopics } from "@/lib/server/topics/list-topics";
import { setIdSchema, topicFilterSchema } from "@/lib/validation/practice";
import { notFound } from "next/navigation";
import { PracticeView } from "./practice-view";
import { notFoundIfMissing } from "@/lib/http/not-found-if-missing";

export const metadata: Metadata = { title: "Practice" };

export default async function PracticePage({ searchParams }: { searchParams: Promise<{ topic?: string; set?: string }> }) {
  const user = await requireUser("/practice");
  const params = await searchParams;
  if (params.set !== undefined) {
    // A selection chosen in the library: only its cards, outside the daily new-card limit.
    const setId = setIdSchema.safeParse(params.set);
    if (!setId.success || !setId.data) notFound();
    const set = await getStudySet(db, { userId: user.id, setId: setId.data }).catch(notFoundIfMissing);
    const first = await nextCardFor(db, "selection", { userId: user.id, setId: set.id, learner: user.learner });
    return <PracticeView renderId={randomUUID()} userId={user.id} key={`set-${set.id}`} initial={first} topic={null} mode="selection" selection={{ id: set.id, label: set.label, count: set.questionIds.length }} />;
  }
  const requested = topicFilterSchema.safeParse(params.topic);
  const topicId = requested.success ? (requested.data ?? null) : null;
  const [first, topics] = await Promise.all([nextCardFor(db, "practice", { userId: user.id, topicId, learner: user.learner }), listTopics(db)]);
  const topic = topics.find((t) => t.id === topicId) ?? null;
  return <PracticeView renderId={randomUUID()} userId={user.id} key={topicId ?? "all"} initial={first} topic={topic} />;
}
