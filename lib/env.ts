import { z } from "zod";

const envSchema = z.object({
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters (npm start creates one)"),
  DATABASE_URL: z.string().default("file:./data/app.db"),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** The validated environment; a bad one fails loudly on first use with what to fix. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${lines}`);
  }
  cached = parsed.data;
  return cached;
}

const mailSchema = z.object({
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "SMTP_URL must look like smtp://user:pass@host:587 or smtps://host:465" }).optional(),
  MAIL_FROM: z.string().min(3).default("Backend Interview Trainer <no-reply@localhost>"),
  NEXTAUTH_URL: z.url({ protocol: /^https?$/, error: "NEXTAUTH_URL must be the public origin, like https://trainer.example.com" }).optional(),
  PORT: z.coerce.number().int().positive().default(3000),
});

export type MailEnv = z.infer<typeof mailSchema> & { publicOrigin: string };

/**
 * Mail settings and the public origin for links in mail, read on each use (tests start their SMTP server
 * after the app's modules load). Links never use the request's Host header, which a client chooses.
 */
export function mailEnv(): MailEnv {
  const parsed = mailSchema.safeParse({ ...process.env, SMTP_URL: process.env.SMTP_URL || undefined, NEXTAUTH_URL: process.env.NEXTAUTH_URL || undefined });
  if (!parsed.success) throw new Error(`Invalid environment:\n${parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
  return { ...parsed.data, publicOrigin: parsed.data.NEXTAUTH_URL ?? `http://localhost:${parsed.data.PORT}` };
}
