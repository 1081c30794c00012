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
  const [dashboard, queue] = await Promise.all([getDashboard(db, { userId: user.id, now }), getQueueCounts(db, { userId: user.id, now })]);
  return <DashboardView dashboard={dashboard} queue={queue} nextDueIn={dashboard.nextDueAt ? dueIn(dashboard.nextDueAt.toISOString(), now) : null} />;
}
