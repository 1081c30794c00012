import { z } from "zod";
import { PASSWORD_MIN_LENGTH } from "./auth";

export const changePasswordSchema = z.object({
  currentPassword: z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(200),
  newPassword: z
    .string({ error: "Choose a new password." })
    .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters for your new password.`)
    .max(200, "Use at most 200 characters for your password."),
});

export const deleteAccountSchema = z.object({
  password: z.string({ error: "Enter your password to confirm." }).min(1, "Enter your password to confirm.").max(200),
  confirm: z.literal("delete", { error: 'Type "delete" to confirm.' }),
});
