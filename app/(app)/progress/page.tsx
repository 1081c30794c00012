import type { Metadata } from "next";
import { dueIn } from "@/components/relative-time";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getQueueCounts } from "@/lib/server/practice/get-next-card";
import { getMisconceptions } from "@/lib/server/learner/get-misconceptions";
import { getDashboard } from "@/lib/server/progress/get-dashboard";
import { DashboardView } from "./dashboard-view";

export const metadata: Metadata = { title: "Progress" };

export default async function ProgressPage() {
  const user = await requireUser("/progress");
  const now = new Date();
  const [dashboard, queue, misconceptions] = await Promise.all([
    getDashboard(db, { userId: user.id, now }),
    getQueueCounts(db, { userId: user.id, now }),
    getMisconceptions(db, { userId: user.id }),
  ]);
  return <DashboardView dashboard={dashboard} queue={queue} misconceptions={misconceptions} nextDueIn={dashboard.nextDueAt ? dueIn(dashboard.nextDueAt.toISOString(), now) : null} now={now} />;
}
