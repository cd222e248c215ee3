import "server-only";
import { createTranslator } from "next-intl";
import type { Tx } from "@/lib/core/db";
import messages from "@/lib/core/i18n/messages/zh-CN/units/admission.json";
import { queueMail } from "@/lib/core/mail/outbox";

type Approved = {
  unit: { name: string };
  secretary: { name: string; login: string; email: string };
};

/**
 * Queues the new secretary's activation email, in Chinese (the committee's working language),
 * in the approval's transaction; the mail worker sends it. True when queued (mail configured);
 * either way the admin sees the link once and can pass it on.
 */
export async function queueApprovalMail(tx: Tx, approval: Approved, link: string): Promise<boolean> {
  const t = createTranslator({
    locale: "zh-CN",
    messages: { units: { admission: messages } },
    namespace: "units.admission.review",
  });
  const values = {
    name: approval.secretary.name,
    unit: approval.unit.name,
    login: approval.secretary.login,
    link,
  };
  const queued = await queueMail(tx, [
    { to: approval.secretary.email, subject: t("mail.subject", values), text: t("mail.body", values) },
  ]);
  return queued > 0;
}
