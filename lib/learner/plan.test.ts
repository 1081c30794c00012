import { describe, expect, it } from "vitest";
import { planToInterview, type PlanInput } from "./plan";

const base: PlanInput = {
  today: "2026-12-01",
  interviewDay: "2026-12-29",
  unseenByTopic: { apis: 60, security: 50, dsa: 100 },
  dueToday: 34,
  reviewsPerDay: 40,
  secondsPerAnswer: 12,
  minutesPerDay: 45,
};

describe("the plan to the interview day", () => {
  it("introduces every chosen question at least 7 days before the interview, then only reviews", () => {
    const plan = planToInterview(base);
    // 1 to 22 December inclusive: 22 days for 210 questions.
    expect(plan.lastIntroductionDay).toBe("2026-12-22");
    expect(plan.daysToIntroduce).toBe(22);
    expect(plan.newPerDay).toBe(10);
    expect(plan.newPerDay * plan.daysToIntroduce).toBeGreaterThanOrEqual(210);
    // (34 reviews + 2 × 10 new answers) × 12 s = 10.8 min.
    expect(plan.today).toEqual({ reviews: 34, newCards: 10, minutes: 11 });
    expect(plan.feasible).toBe(true);
    expect(plan.fixes).toBeNull();
  });

  it("needs no new cards once everything is introduced", () => {
    const plan = planToInterview({ ...base, unseenByTopic: { apis: 0 } });
    expect(plan.newPerDay).toBe(0);
    expect(plan.today.newCards).toBe(0);
  });

  it("says when the plan does not fit the learner's minutes, and what would: more minutes, a later date, or one topic fewer", () => {
    const plan = planToInterview({ ...base, minutesPerDay: 12 });
    // 40 reviews + 20 new answers at 12 s = 12 min a day.
    expect(plan.feasible).toBe(true);
    const tight = planToInterview({ ...base, minutesPerDay: 10 });
    expect(tight.feasible).toBe(false);
    expect(tight.fixes!.minutesPerDay).toBe(12);
    // 10 minutes = 50 answers: 40 reviews leave 10, so 5 new cards a day; 210 take 42 days, plus the week before.
    expect(tight.fixes!.laterInterviewDay).toBe("2027-01-18");
    // Without DSA's 100 questions, 110 over 22 days is 5 a day: (40 + 10) × 12 s = 10 min.
    expect(tight.fixes!.dropTopic).toBe("dsa");
  });

  it("is infeasible with less than a week to go and questions still unseen", () => {
    const plan = planToInterview({ ...base, interviewDay: "2026-12-05" });
    expect(plan.daysToIntroduce).toBe(0);
    expect(plan.feasible).toBe(false);
    expect(plan.fixes!.laterInterviewDay).not.toBeNull();
  });

  it("offers no later date when reviews alone fill the learner's minutes", () => {
    const plan = planToInterview({ ...base, reviewsPerDay: 300, minutesPerDay: 30 });
    expect(plan.feasible).toBe(false);
    expect(plan.fixes!.laterInterviewDay).toBeNull();
    expect(plan.fixes!.dropTopic).toBeNull();
  });
});

describe("the plan's steady load", () => {
  it("counts the reviews that the day's new cards will bring", () => {
    const light = planToInterview({ ...base, minutesPerDay: 20 });
    const heavy = planToInterview({ ...base, minutesPerDay: 20, reviewsPerNewCard: 4 });
    expect(light.feasible).toBe(true);
    // (40 + 10 × 4) reviews + 20 new answers = 100 answers × 12 s = 20 min: just fits; one more per new card does not.
    expect(heavy.feasible).toBe(true);
    expect(planToInterview({ ...base, minutesPerDay: 20, reviewsPerNewCard: 5 }).feasible).toBe(false);
  });
});
