import type { Tx } from "@/lib/core/db";
import { isMailConfigured, type MailMessage } from "./send-mail";

/**
 * Queues emails in the caller's transaction: they exist exactly when the change does, and the
 * mail worker (lib/core/mail/worker.ts) sends them later, so no request ever waits on a mail server.
 * Queues nothing when mail is not configured (SMTP_URL, or MAIL_TRANSPORT=memory in tests).
 * Returns how many were queued.
 */
export async function queueMail(tx: Tx, messages: readonly MailMessage[]): Promise<number> {
  const wanted = messages.filter((message) => message.to.trim() !== "");
  if (wanted.length === 0 || !isMailConfigured()) return 0;
  const { count } = await tx.mailOutbox.createMany({
    data: wanted.map(({ to, subject, text }) => ({ to: to.trim(), subject, text })),
  });
  return count;
}
