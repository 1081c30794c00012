"use server";

import { db } from "@/lib/db";
import { actionClientAddress } from "@/lib/http/action-address";
import { AppError } from "@/lib/http/app-error";
import { asFormData, NOT_A_FORM } from "@/lib/http/form-input";
import { registerAccount } from "@/lib/server/users/register";
import { registerSchema } from "@/lib/validation/auth";

export type RegisterResult = { ok: true } | { ok: false; fieldErrors: Partial<Record<"name" | "email" | "password", string>>; formError?: string };

export async function registerAction(input: FormData): Promise<RegisterResult> {
  const formData = asFormData(input);
  if (!formData) return { ok: false, fieldErrors: {}, formError: NOT_A_FORM };
  const parsed = registerSchema.safeParse({
    name: formData.get("name") ?? undefined,
    email: formData.get("email"),
    password: formData.get("password"),
    timeZone: formData.get("timeZone") ?? undefined,
  });
  if (!parsed.success) {
    const fieldErrors: Partial<Record<"name" | "email" | "password", string>> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      if ((key === "name" || key === "email" || key === "password") && !fieldErrors[key]) fieldErrors[key] = issue.message;
    }
    return { ok: false, fieldErrors };
  }
  try {
    // The same answer whether or not the email already had an account (see registerAccount).
    await registerAccount(db, parsed.data, { address: await actionClientAddress() });
    return { ok: true };
  } catch (error) {
    if (error instanceof AppError && error.code === "rate_limited") return { ok: false, fieldErrors: {}, formError: error.message };
    if (error instanceof AppError && error.code === "invalid") return { ok: false, fieldErrors: { password: error.message } };
    throw error;
  }
}
