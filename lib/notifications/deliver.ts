import "server-only";
import { createTranslator } from "next-intl";
import { db } from "@/lib/db";
import { publicUrl } from "@/lib/http/public-origin";
import { defaultLocale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { isMailConfigured, sendMail } from "@/lib/mail/send-mail";
import { notificationPath } from "./notify";
import { mailedKinds, renderNotification } from "./render";

// Email copies of notifications, sent AFTER the change has committed (a rolled-back change
// leaves no rows, so nothing is mailed). How to use it from a mutation:
//
//   const created: number[] = [];
//   await db.$transaction(async (tx) => {
//     …
//     await notifyUnit(tx, unitId, "ACTIVITY_CANCELLED", activity.id, { title, reason }, created);
//   });
//   await emailNotifications(created); // never throws; returns how many were sent
//
// Only the kinds in `mailedKinds` are mailed, only to active users with an email address, and
// only when mail is configured (SMTP_URL, or MAIL_TRANSPORT=memory in tests).

/** Links in mail point at the configured public origin, never at whatever host a request named. */
function absoluteUrl(path: string | null): string | null {
  return path !== null ? publicUrl(path) : null;
}

export async function emailNotifications(ids: readonly number[]): Promise<number> {
  if (ids.length === 0 || !isMailConfigured()) return 0;
  try {
    const rows = await db.notification.findMany({
      where: { id: { in: [...new Set(ids)] }, kind: { in: [...mailedKinds] }, user: { active: true } },
      select: {
        kind: true,
        values: true,
        activityId: true,
        meetingId: true,
        user: { select: { email: true, name: true } },
      },
      orderBy: { id: "asc" },
    });
    const messages = await loadMessages(defaultLocale);
    const t = createTranslator({ locale: defaultLocale, messages, namespace: "inbox" as never });
    const translate = (key: string, values?: Record<string, string | number>) =>
      (t as unknown as (k: string, v?: Record<string, string | number>) => string)(key, values);
    let sent = 0;
    for (const row of rows) {
      const to = row.user.email?.trim();
      if (!to) continue;
      const sentence = renderNotification(translate, row.kind, row.values);
      const link = absoluteUrl(notificationPath(row));
      const text = [
        translate("mail.greeting", { name: row.user.name }),
        "",
        sentence,
        ...(link ? ["", translate("mail.link", { url: link })] : []),
        "",
        translate("mail.footer"),
      ].join("\n");
      const result = await sendMail({
        to,
        subject: translate("mail.subject", { text: sentence.slice(0, 120) }),
        text,
      });
      if (result.sent) sent += 1;
    }
    return sent;
  } catch (error) {
    // The change itself has succeeded; a failed email must not turn it into an error page.
    console.error("[mail] notification emails failed:", error);
    return 0;
  }
}
