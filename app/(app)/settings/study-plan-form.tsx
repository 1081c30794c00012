"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { StudyPlanSettings } from "@/lib/server/learner/study-plan-settings";
import type { TopicSummary } from "@/lib/server/topics/list-topics";
import { refitSchedulerAction, saveStudyPlanAction, useDefaultSchedulerAction, type SettingsState } from "./actions";

function Status({ state }: { state: SettingsState }) {
  if (!state.message) return null;
  return (
    <p role="status" className={`rounded-lg px-3 py-2 text-sm ${state.status === "saved" ? "bg-good-soft text-good" : "bg-bad-soft text-bad"}`}>
      {state.status === "saved" ? "✓ " : "✗ "}
      {state.message}
    </p>
  );
}

/** Desired retention with the workload it implies, the plan's topics and minutes, and the fitted scheduler. */
export function StudyPlanForm({ initial, topics }: { initial: StudyPlanSettings; topics: TopicSummary[] }) {
  const [state, formAction, pending] = useActionState<SettingsState, FormData>(saveStudyPlanAction, { status: "idle" });
  const [fitState, refit, refitting] = useActionState<SettingsState, FormData>(refitSchedulerAction, { status: "idle" });
  const [defaultsState, switchToDefaults, resetting] = useActionState<SettingsState, FormData>(useDefaultSchedulerAction, { status: "idle" });
  const chosen = new Set(initial.interviewTopics ?? topics.map((t) => t.id));
  const current = initial.currentWorkload;
  return (
    <section aria-labelledby="plan-title" className="mt-6 flex flex-col gap-5 rounded-2xl border border-border bg-surface p-6">
      <h2 id="plan-title" className="text-lg font-semibold">
        Scheduling and your plan
      </h2>
      <form action={formAction} noValidate className="flex flex-col gap-5">
        <Field
          id="desiredRetention"
          name="desiredRetention"
          type="number"
          inputMode="decimal"
          step={0.01}
          min={0.75}
          max={0.97}
          label="Desired retention"
          hint="The chance of recalling a card when it comes back. Higher means shorter intervals and more reviews."
          defaultValue={initial.desiredRetention}
          error={state.fieldErrors?.desiredRetention}
        />
        <p className="text-sm" data-testid="workload-now">
          At {Math.round(current.retention * 100)}%: about {Math.round(current.reviewsPerDay)} reviews a day,{" "}
          {Math.round((current.reviewsPerDay * initial.secondsPerAnswer) / 60)} min at your pace.
        </p>
        <table className="text-left text-sm">
          <caption className="mb-1 text-left text-xs text-muted">Estimated reviews a day over the next 30 days, simulated on your own cards</caption>
          <thead className="text-muted">
            <tr>
              <th scope="col" className="py-1 pr-4 font-medium">Retention</th>
              <th scope="col" className="py-1 pr-4 font-medium">Reviews a day</th>
              <th scope="col" className="py-1 font-medium">About</th>
            </tr>
          </thead>
          <tbody data-testid="workload">
            {initial.workload.map((w) => (
              <tr key={w.retention} className={`border-t border-border ${Math.abs(w.retention - initial.desiredRetention) < 0.001 ? "font-semibold" : ""}`}>
                <td className="py-1 pr-4 tabular-nums">{Math.round(w.retention * 100)}%</td>
                <td className="py-1 pr-4 tabular-nums">{Math.round(w.reviewsPerDay)}</td>
                <td className="py-1 tabular-nums">{Math.round((w.reviewsPerDay * initial.secondsPerAnswer) / 60)} min</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Field
          id="minutesPerDay"
          name="minutesPerDay"
          type="number"
          inputMode="numeric"
          min={5}
          max={600}
          label="Minutes a day for study"
          hint="With an interview date, the plan checks that its daily load fits in this."
          defaultValue={initial.minutesPerDay}
          error={state.fieldErrors?.minutesPerDay}
        />
        <fieldset className="flex flex-col gap-2">
          <legend className="text-sm font-medium">Topics the interview covers</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-2">
            {topics.map((topic) => (
              <label key={topic.id} className="inline-flex min-h-11 items-center gap-2 text-sm">
                <input type="checkbox" name="interviewTopics" value={topic.id} defaultChecked={chosen.has(topic.id)} />
                {topic.name}
              </label>
            ))}
          </div>
          {state.fieldErrors?.interviewTopics && <p className="text-sm text-bad">{state.fieldErrors.interviewTopics}</p>}
        </fieldset>
        <label className="inline-flex min-h-11 items-center gap-2 text-sm">
          <input type="checkbox" name="newCardsFollowPlan" defaultChecked={initial.newCardsFollowPlan} />
          With an interview date, new cards a day follow the plan instead of the limit above
        </label>
        <Status state={state} />
        <Button type="submit" disabled={pending} className="self-start">
          {pending ? "Saving…" : "Save plan"}
        </Button>
      </form>
      <div className="border-t border-border pt-4">
        <h3 className="text-sm font-semibold">Parameters fitted to you</h3>
        <p className="mt-1 text-sm" data-testid="fit-summary">
          {initial.fitSummary}
        </p>
        <div className="mt-3 flex flex-wrap gap-3">
          <form action={refit}>
            <Button type="submit" variant="secondary" disabled={refitting}>
              {refitting ? "Fitting…" : "Refit now"}
            </Button>
          </form>
          <form action={switchToDefaults}>
            <Button type="submit" variant="secondary" disabled={resetting || !initial.canUseDefaults}>
              Use the default parameters
            </Button>
          </form>
        </div>
        <div className="mt-2 flex flex-col gap-2">
          <Status state={fitState} />
          <Status state={defaultsState} />
        </div>
      </div>
    </section>
  );
}
