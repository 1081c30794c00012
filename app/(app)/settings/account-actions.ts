"use server";

import { db } from "@/lib/db";
import { AppError } from "@/lib/http/app-error";
import { authedAction } from "@/lib/http/authed-action";
import { asFormData, NOT_A_FORM } from "@/lib/http/form-input";
import { changePassword, deleteAccount } from "@/lib/server/users/account";
import { changePasswordSchema, deleteAccountSchema } from "@/lib/validation/account";

export type AccountResult = { ok: true; email?: string } | { ok: false; message: string; fieldErrors?: Record<string, string> };

function fieldErrors(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[String(issue.path[0])] ??= issue.message;
  return errors;
}

const asFailure = (error: unknown, field: string): AccountResult => {
  if (error instanceof AppError && (error.code === "forbidden" || error.code === "invalid" || error.code === "rate_limited")) {
    return { ok: false, message: "Nothing was changed.", fieldErrors: { [field]: error.message } };
  }
  throw error;
};

export const changePasswordAction = authedAction(async (user, input: FormData): Promise<AccountResult> => {
  const formData = asFormData(input);
  if (!formData) return { ok: false, message: NOT_A_FORM };
  const parsed = changePasswordSchema.safeParse({ currentPassword: formData.get("currentPassword"), newPassword: formData.get("newPassword") });
  if (!parsed.success) return { ok: false, message: "Nothing was changed.", fieldErrors: fieldErrors(parsed.error.issues) };
  try {
    const { email } = await changePassword(db, { userId: user.id, ...parsed.data });
    return { ok: true, email };
  } catch (error) {
    return asFailure(error, error instanceof AppError && error.code === "invalid" ? "newPassword" : "currentPassword");
  }
});

export const deleteAccountAction = authedAction(async (user, input: FormData): Promise<AccountResult> => {
  const formData = asFormData(input);
  if (!formData) return { ok: false, message: NOT_A_FORM };
  const parsed = deleteAccountSchema.safeParse({ password: formData.get("password"), confirm: formData.get("confirm") });
  if (!parsed.success) return { ok: false, message: "Nothing was deleted.", fieldErrors: fieldErrors(parsed.error.issues) };
  try {
    await deleteAccount(db, { userId: user.id, password: parsed.data.password });
    return { ok: true };
  } catch (error) {
    return asFailure(error, "password");
  }
});
