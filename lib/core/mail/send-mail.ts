import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { formatMailbox, safeHeaders, type Mailbox } from "./header-safe";
import SMTPTransport from "nodemailer/lib/smtp-transport";

/** `toName`, when given, is shown as the recipient's name. */
export type MailMessage = { to: string; toName?: string; subject: string; text: string };
export type SendResult = { sent: boolean; error?: string };

const store = globalThis as { __mailOutbox?: Array<MailMessage & { from: string; at: Date }> };
const defaultFrom: Mailbox = { name: "润州区青年工作委员会", address: "no-reply@localhost" };
/** Messages kept by MAIL_TRANSPORT=memory, for tests and local checks. */
export const outbox = (store.__mailOutbox ??= []);

let smtp: { url: string; transporter: Transporter } | undefined;

function smtpTransport(url: string): Transporter {
  // One transporter per URL; short timeouts so an unreachable or silent server fails fast.
  // (The timeouts go to SMTPTransport itself: createTransport(url, …) would take them as
  // message defaults and silently keep nodemailer's 30 s and 10 min.)
  if (smtp?.url !== url) {
    smtp = {
      url,
      transporter: nodemailer.createTransport(
        new SMTPTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 }),
      ),
    };
  }
  return smtp.transporter;
}

/** True when messages would actually go somewhere (SMTP or the in-memory outbox). */
export function isMailConfigured(): boolean {
  return Boolean(process.env.SMTP_URL?.trim()) || process.env.MAIL_TRANSPORT === "memory";
}

/**
 * Sends one plain-text message: through SMTP_URL when set, into the in-memory outbox when
 * MAIL_TRANSPORT=memory, otherwise nowhere ({ sent: false }). Never throws. Only the mail worker
 * (lib/core/mail/worker.ts) calls it: changes queue their emails (lib/core/mail/outbox.ts) instead.
 */
export async function sendMail(message: MailMessage): Promise<SendResult> {
  // Every header value is one line and the recipient one plain address (lib/core/mail/header-safe.ts).
  const headers = safeHeaders(message, process.env.MAIL_FROM ?? "", defaultFrom);
  if (!headers) {
    console.error("[mail] not sent: the recipient is not one plain address");
    return { sent: false, error: "invalid recipient" };
  }
  const url = process.env.SMTP_URL?.trim();
  if (url) {
    try {
      await smtpTransport(url).sendMail({ ...headers, text: message.text });
      return { sent: true };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`[mail] sending "${headers.subject}" to ${headers.to.address} failed: ${reason}`);
      return { sent: false, error: reason };
    }
  }
  if (process.env.MAIL_TRANSPORT === "memory") {
    outbox.push({
      from: formatMailbox(headers.from),
      to: headers.to.address,
      ...(headers.to.name ? { toName: headers.to.name } : {}),
      subject: headers.subject,
      text: message.text,
      at: new Date(),
    });
    return { sent: true };
  }
  return { sent: false };
}
