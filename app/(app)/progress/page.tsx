import type { Metadata } from "next";
import { dueIn } from "@/components/relative-time";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getQueueCounts } from "@/lib/server/practice/get-next-card";
import { getDashboard } from "@/lib/server/progress/get-dashboard";
import { DashboardView } from "./dashboard-view";

export const metadata: Metadata = { title: "Progress" };

export default async function ProgressPage() {
  const user = await requireUser("/progress");
  const now = new Date();
  const [dashboard, queue, next] = await Promise.all([
    getDashboard(db, { userId: user.id, now }),
    getQueueCounts(db, { userId: user.id, now }),
    db.cardState.findFirst({ where: { userId: user.id, question: { retiredAt: null } }, orderBy: { due: "asc" }, select: { due: true } }),
  ]);
  return <DashboardView dashboard={dashboard} queue={queue} nextDueIn={next ? dueIn(next.due.toISOString(), now) : null} />;
}
