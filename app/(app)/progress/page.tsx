import type { Metadata } from "next";
import { dueIn } from "@/components/relative-time";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getQueueCounts } from "@/lib/server/practice/get-next-card";
import { getInterviewPlan } from "@/lib/server/learner/get-interview-plan";
import { getMisconceptions } from "@/lib/server/learner/get-misconceptions";
import { getDashboard } from "@/lib/server/progress/get-dashboard";
import { getActiveQuiz } from "@/lib/server/quiz/get-active-quiz";
import { DashboardView } from "./dashboard-view";

export const metadata: Metadata = { title: "Progress" };

export default async function ProgressPage() {
  const user = await requireUser("/progress");
  const now = new Date();
  const [dashboard, queue, misconceptions, plan, activeQuiz] = await Promise.all([
    getDashboard(db, { userId: user.id, now, learner: user.learner }),
    getQueueCounts(db, { userId: user.id, now, learner: user.learner }),
    getMisconceptions(db, { userId: user.id }),
    // Without an interview date there is no plan to read.
    user.learner?.plan === null ? null : getInterviewPlan(db, { userId: user.id, now }),
    getActiveQuiz(db, { userId: user.id, now }),
  ]);
  return <DashboardView dashboard={dashboard} queue={queue} misconceptions={misconceptions} plan={plan} activeQuiz={activeQuiz} nextDueIn={dashboard.nextDueAt ? dueIn(dashboard.nextDueAt.toISOString(), now) : null} now={now} />;
}
