import { z } from "zod";
import { isValidTimeZone } from "@/lib/time/local-day";

export const PASSWORD_MIN_LENGTH = 10;

const email = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter a valid email address, like you@example.com." }));

const newPassword = z
  .string({ error: "Choose a password." })
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters for your password.`)
  .max(200, "Use at most 200 characters for your password.");

export const registerSchema = z.object({
  name: z.string().trim().max(80, "Keep your name under 80 characters.").optional().default(""),
  email,
  password: newPassword,
  // Sent by the browser so "today" starts at the user's own midnight; anything odd falls back to UTC.
  timeZone: z
    .string()
    .max(64)
    .optional()
    .transform((zone) => (zone && isValidTimeZone(zone) ? zone : "UTC")),
});

export const signInSchema = z.object({
  email,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(200),
});

export const forgotPasswordSchema = z.object({ email });

// The token is 32 random bytes in base64url (43 characters); anything else cannot be one.
export const resetPasswordSchema = z.object({
  token: z.string({ error: "This reset link is incomplete. Open the link from the email again." }).regex(/^[A-Za-z0-9_-]{43}$/, "This reset link is incomplete. Open the link from the email again."),
  password: newPassword,
});

export type RegisterInput = z.infer<typeof registerSchema>;
