import "server-only";
import { createTranslator } from "next-intl";
import type { Tx } from "@/lib/core/db";
import { publicUrl } from "@/lib/core/http/public-origin";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import inbox from "@/lib/core/i18n/messages/zh-CN/core/notifications.json";
import { queueMail } from "@/lib/core/mail/outbox";
import type { MailMessage } from "@/lib/core/mail/send-mail";
import { notificationPath } from "./subject";
import { mailedKinds, renderNotification } from "./render";

// Email copies of notifications. notifyUnit calls queueNotificationMail in the transaction
// that writes the notifications, so the emails are queued (MailOutbox) exactly when the change
// commits — a rolled-back change mails nothing — and the mail worker sends them afterwards.
// Only the kinds in `mailedKinds` are mailed, only to active recipients with an email address,
// only when mail is configured (SMTP_URL, or MAIL_TRANSPORT=memory in tests); in Chinese, the
// committee's working language.

export type MailRecipient = { email: string | null; name: string };
export type MailSubject = {
  activityId?: number | null;
  meetingId?: number | null;
  pairingId?: number | null;
  needId?: number | null;
  surveyId?: number | null;
};

/** Links in mail point at the configured public origin, never at whatever host a request named. */
function absoluteUrl(path: string | null): string | null {
  return path !== null ? publicUrl(path) : null;
}

const t = createTranslator({
  locale: "zh-CN",
  messages: { core: { notifications: inbox } },
  namespace: "core.notifications",
});
const translate = (key: string, values?: Record<string, string | number>) =>
  (t as unknown as (k: string, v?: Record<string, string | number>) => string)(key, values);

/** The email telling one recipient about one notification. */
export function notificationMail(
  recipient: MailRecipient & { email: string },
  kind: NotificationKind,
  subject: MailSubject,
  values: unknown,
): MailMessage {
  const sentence = renderNotification(translate, kind, values);
  const link = absoluteUrl(
    notificationPath({
      ...subject,
      kind,
      activityId: subject.activityId ?? null,
      meetingId: subject.meetingId ?? null,
    }),
  );
  const text = [
    translate("mail.greeting", { name: recipient.name }),
    "",
    sentence,
    ...(link ? ["", translate("mail.link", { url: link })] : []),
    "",
    translate("mail.footer"),
  ].join("\n");
  return { to: recipient.email, subject: translate("mail.subject", { text: sentence.slice(0, 120) }), text };
}

/** Queues the email copies of one notification sent to `recipients`; returns how many. */
export async function queueNotificationMail(
  tx: Tx,
  recipients: readonly MailRecipient[],
  kind: NotificationKind,
  subject: MailSubject,
  values: unknown,
): Promise<number> {
  if (!mailedKinds.has(kind)) return 0;
  const messages = recipients.flatMap((recipient) => {
    const email = recipient.email?.trim();
    return email ? [notificationMail({ ...recipient, email }, kind, subject, values)] : [];
  });
  return queueMail(tx, messages);
}
