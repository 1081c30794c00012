import Link from "next/link";
import type { InterviewPlan } from "@/lib/server/learner/get-interview-plan";

const pct = (x: number) => `${Math.round(100 * x)}%`;

/** Today's share of the plan to the interview, and what would make an impossible plan work. */
export function PlanSummary({ plan, topicNames }: { plan: InterviewPlan; topicNames: Record<string, string> }) {
  const { reviews, newCards, minutes } = plan.today;
  return (
    <div className="mt-4 rounded-xl bg-surface-2 p-4 text-sm" data-testid="plan-today">
      <p className="font-semibold">
        Today: {reviews} review{reviews === 1 ? "" : "s"} + {newCards} new, about {minutes} min
      </p>
      <p className="mt-1 text-muted">
        Interview on {plan.interviewDay}. {plan.newPerDay > 0 ? `${plan.newPerDay} new a day introduces every question by ${plan.lastIntroductionDay}, a week before; then only reviews.` : "Every question is introduced; only reviews from here."}{" "}
        If you stopped now, you would recall about {pct(plan.recallIfStoppedNow)} on the day.
      </p>
      {!plan.feasible && plan.fixes && (
        <div role="alert" className="mt-3 rounded-lg bg-bad-soft p-3 text-bad">
          <p className="font-semibold">This plan does not fit {plan.minutesPerDay} minutes a day at your pace ({Math.round(plan.secondsPerAnswer)} s a card).</p>
          <ul className="mt-1 list-disc pl-5">
            <li>Study about {plan.fixes.minutesPerDay} minutes a day;</li>
            {plan.fixes.laterInterviewDay && <li>or move the interview to {plan.fixes.laterInterviewDay} or later;</li>}
            {plan.fixes.dropTopic && <li>or leave {topicNames[plan.fixes.dropTopic] ?? plan.fixes.dropTopic} out of the plan.</li>}
          </ul>
          <p className="mt-1">
            <Link href="/settings" className="underline">
              Change the plan in Settings
            </Link>
          </p>
        </div>
      )}
    </div>
  );
}
