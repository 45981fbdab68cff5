import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";

/**
 * Sends one e-mail straight away, outside the outbox, for messages that must never be stored or
 * shown to anyone but their recipient (a password reset link). False when no mail server is set.
 */
export async function sendMailNow(message: { to: { name: string; address: string }; subject: string; text: string }) {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) return false;
  await nodemailer.createTransport(SMTP_URL).sendMail({ from: MAIL_FROM, ...message });
  return true;
}
