import "server-only";
import { createTranslator } from "next-intl";
import messages from "@/lib/i18n/messages/zh-CN/applications.json";
import { sendMail, type SendResult } from "@/lib/mail/send-mail";
import type { Approval } from "./approve-application";

/**
 * Mails the new secretary their activation link, in Chinese (the committee's working
 * language). Sent after the approval committed; a failure is logged by sendMail and reported
 * to the admin, who then passes the link on.
 */
export function sendApprovalMail(approval: Approval, link: string): Promise<SendResult> {
  const t = createTranslator({
    locale: "zh-CN",
    messages: { applications: messages },
    namespace: "applications",
  });
  const values = {
    name: approval.secretary.name,
    unit: approval.unit.name,
    login: approval.secretary.login,
    link,
  };
  return sendMail({
    to: approval.secretary.email,
    subject: t("mail.subject", values),
    text: t("mail.body", values),
  });
}
