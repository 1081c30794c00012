"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/http/authed-action";
import { db } from "@/lib/db";
import { asFormData, NOT_A_FORM } from "@/lib/http/form-input";
import { refitNow, useDefaultParams } from "@/lib/server/learner/fit-params";
import { updateStudyPlan } from "@/lib/server/learner/study-plan-settings";
import { updateSettings } from "@/lib/server/users/settings";
import { settingsSchema } from "@/lib/validation/settings";
import { studyPlanSchema } from "@/lib/validation/study-plan";

export type SettingsState = { status: "idle" | "saved" | "error"; message?: string; fieldErrors?: Record<string, string> };

export async function saveSettingsAction(_prev: SettingsState, formData: FormData): Promise<SettingsState> {
  const result = await saveSettings(formData);
  return "ok" in result ? { status: "error", message: result.message } : result;
}

const saveSettings = authedAction(async (user, input: FormData): Promise<SettingsState> => {
  const formData = asFormData(input);
  if (!formData) return { status: "error", message: NOT_A_FORM };
  const parsed = settingsSchema.safeParse({
    newCardsPerDay: formData.get("newCardsPerDay"),
    timeZone: formData.get("timeZone"),
    interviewDate: formData.get("interviewDate") ?? undefined,
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { status: "error", message: "Nothing was saved: fix the field below.", fieldErrors };
  }
  await updateSettings(db, { userId: user.id, ...parsed.data });
  revalidatePath("/progress");
  return { status: "saved", message: "Settings saved." };
});

export async function saveStudyPlanAction(_prev: SettingsState, formData: FormData): Promise<SettingsState> {
  const result = await saveStudyPlan(formData);
  return "ok" in result ? { status: "error", message: result.message } : result;
}

const saveStudyPlan = authedAction(async (user, input: FormData): Promise<SettingsState> => {
  const formData = asFormData(input);
  if (!formData) return { status: "error", message: NOT_A_FORM };
  const parsed = studyPlanSchema.safeParse({
    desiredRetention: formData.get("desiredRetention"),
    minutesPerDay: formData.get("minutesPerDay"),
    interviewTopics: formData.getAll("interviewTopics"),
    newCardsFollowPlan: formData.get("newCardsFollowPlan") === "on",
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { status: "error", message: "Nothing was saved: fix the field below.", fieldErrors };
  }
  await updateStudyPlan(db, { userId: user.id, ...parsed.data });
  revalidatePath("/progress");
  revalidatePath("/settings");
  return { status: "saved", message: "Study plan saved." };
});

// The two buttons below take their (empty) form too: Next drops the arguments an action does not declare, and
// a call with none arrives as text rather than as a form, which the proxy refuses (lib/http/server-action-envelope.ts).
export async function refitSchedulerAction(_prev: SettingsState, formData: FormData): Promise<SettingsState> {
  const result = await refit(formData);
  return "ok" in result ? { status: "error", message: result.message } : result;
}

const refit = authedAction(async (user, input: FormData): Promise<SettingsState> => {
  if (!asFormData(input)) return { status: "error", message: NOT_A_FORM };
  const outcome = await refitNow(db, { userId: user.id });
  revalidatePath("/settings");
  if (!outcome) return { status: "saved", message: "No new fit: your history is still too short to judge one, or a fit is already running." };
  return { status: "saved", message: outcome.inUse ? `Fitted to your ${outcome.reviewCount} reviews and in use.` : `Fitted to your ${outcome.reviewCount} reviews; the defaults predict you better, so they stay.` };
});

export async function useDefaultSchedulerAction(_prev: SettingsState, formData: FormData): Promise<SettingsState> {
  const result = await switchToDefaults(formData);
  return "ok" in result ? { status: "error", message: result.message } : result;
}

const switchToDefaults = authedAction(async (user, input: FormData): Promise<SettingsState> => {
  if (!asFormData(input)) return { status: "error", message: NOT_A_FORM };
  await useDefaultParams(db, { userId: user.id });
  revalidatePath("/settings");
  return { status: "saved", message: "Back to FSRS-6's default parameters." };
});
