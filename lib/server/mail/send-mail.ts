import "server-only";
import nodemailer from "nodemailer";
import { mailEnv } from "@/lib/env";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Whether SMTP_URL is set; without it, reset links come from `npm run user:reset-password`. */
export const mailConfigured = () => mailEnv().SMTP_URL !== undefined;

/** Sends one plain-text message over SMTP_URL, from MAIL_FROM. */
export async function sendMail(mail: Mail): Promise<void> {
  const { SMTP_URL, MAIL_FROM } = mailEnv();
  if (!SMTP_URL) throw new Error("SMTP_URL is not set");
  const transport = nodemailer.createTransport(SMTP_URL);
  try {
    await transport.sendMail({ from: MAIL_FROM, ...mail });
  } finally {
    transport.close();
  }
}
