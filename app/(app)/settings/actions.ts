"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/http/authed-action";
import { db } from "@/lib/db";
import { asFormData, NOT_A_FORM } from "@/lib/http/form-input";
import { updateSettings } from "@/lib/server/users/settings";
import { settingsSchema } from "@/lib/validation/settings";

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
