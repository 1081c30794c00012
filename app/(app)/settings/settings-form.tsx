"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { Settings } from "@/lib/server/users/settings";
import { saveSettingsAction, type SettingsState } from "./actions";

export function SettingsForm({ initial, timeZones }: { initial: Settings; timeZones: string[] }) {
  const [state, formAction, pending] = useActionState<SettingsState, FormData>(saveSettingsAction, { status: "idle" });
  const zones = timeZones.includes(initial.timeZone) ? timeZones : [initial.timeZone, ...timeZones];
  return (
    <form action={formAction} noValidate className="mt-6 flex flex-col gap-5 rounded-2xl border border-border bg-surface p-6">
      <Field
        id="newCardsPerDay"
        name="newCardsPerDay"
        type="number"
        inputMode="numeric"
        min={0}
        max={500}
        label="New cards per day"
        hint="How many never-seen questions a practice session may introduce each day. Reviews are never limited."
        defaultValue={initial.newCardsPerDay}
        error={state.fieldErrors?.newCardsPerDay}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor="timeZone" className="text-sm font-medium">
          Time zone
        </label>
        <select
          id="timeZone"
          name="timeZone"
          defaultValue={initial.timeZone}
          aria-describedby="timeZone-hint"
          className="rounded-lg border border-border bg-surface px-3 py-2"
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, " ")}
            </option>
          ))}
        </select>
        <p id="timeZone-hint" className="text-xs text-muted">
          Your day starts at midnight here: it decides when the new-card allowance resets.
        </p>
        {state.fieldErrors?.timeZone && <p className="text-sm text-bad">{state.fieldErrors.timeZone}</p>}
      </div>
      <Field
        id="interviewDate"
        name="interviewDate"
        type="date"
        label="Interview date (optional)"
        hint="Your dashboard then forecasts how much you would recall on the day, and how many reviews a day would get every topic above 90%."
        defaultValue={initial.interviewDate ? initial.interviewDate.toISOString().slice(0, 10) : ""}
        error={state.fieldErrors?.interviewDate}
      />
      {state.message && (
        <p role="status" className={`rounded-lg px-3 py-2 text-sm ${state.status === "saved" ? "bg-good-soft text-good" : "bg-bad-soft text-bad"}`}>
          {state.status === "saved" ? "✓ " : "✗ "}
          {state.message}
        </p>
      )}
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Saving…" : "Save settings"}
      </Button>
    </form>
  );
}
