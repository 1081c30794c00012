"use server";

import { after } from "next/server";
import { db } from "@/lib/db";
import { actionClientAddress } from "@/lib/http/action-address";
import { AppError } from "@/lib/http/app-error";
import { asFormData, NOT_A_FORM } from "@/lib/http/form-input";
import { requestPasswordReset } from "@/lib/server/users/password-reset";
import { forgotPasswordSchema } from "@/lib/validation/auth";

export type ForgotResult = { ok: true } | { ok: false; emailError?: string; formError?: string };

export async function forgotPasswordAction(input: FormData): Promise<ForgotResult> {
  const formData = asFormData(input);
  if (!formData) return { ok: false, formError: NOT_A_FORM };
  const parsed = forgotPasswordSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) return { ok: false, emailError: parsed.error.issues[0]?.message };
  try {
    const { delivery } = await requestPasswordReset(db, { email: parsed.data.email, address: await actionClientAddress() });
    // The mail goes out after the answer, so a known email is not slower to answer than an unknown one.
    after(delivery);
    return { ok: true };
  } catch (error) {
    if (error instanceof AppError && error.code === "rate_limited") return { ok: false, formError: error.message };
    throw error;
  }
}
