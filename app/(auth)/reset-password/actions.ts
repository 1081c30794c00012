"use server";

import { db } from "@/lib/db";
import { AppError } from "@/lib/http/app-error";
import { asFormData, NOT_A_FORM } from "@/lib/http/form-input";
import { resetPassword } from "@/lib/server/users/password-reset";
import { resetPasswordSchema } from "@/lib/validation/auth";

export type ResetResult = { ok: true } | { ok: false; passwordError?: string; linkError?: string; formError?: string };

export async function resetPasswordAction(input: FormData): Promise<ResetResult> {
  const formData = asFormData(input);
  if (!formData) return { ok: false, formError: NOT_A_FORM };
  const parsed = resetPasswordSchema.safeParse({ token: formData.get("token"), password: formData.get("password") });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return issue?.path[0] === "token" ? { ok: false, linkError: issue.message } : { ok: false, passwordError: issue?.message };
  }
  try {
    await resetPassword(db, parsed.data);
    return { ok: true };
  } catch (error) {
    if (error instanceof AppError && error.code === "gone") return { ok: false, linkError: error.message };
    if (error instanceof AppError && error.code === "invalid") return { ok: false, passwordError: error.message };
    throw error;
  }
}
