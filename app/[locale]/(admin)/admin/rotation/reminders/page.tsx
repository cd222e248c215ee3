import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SendRemindersForm } from "@/components/rotation/reminders/send-reminders-form";
import { requireAdmin } from "@/lib/core/auth/session";
import { listSentRotationReminders, sentReminderLimit } from "@/lib/rotation/reminders/queries";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import { BackLink } from "@/components/ui/back-link";
import { ClientMessages } from "@/components/core/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rotation.public.reminders");
  return { title: t("title") };
}

/** The duty reminders sent so far, and a button to send the due ones now. */
async function RotationRemindersPageContent() {
  await requireAdmin("/admin/rotation/reminders");
  const [t, reminders] = await Promise.all([
    getTranslations("rotation.public.reminders"),
    listSentRotationReminders(),
  ]);
  const automatic = Boolean(process.env.CRON_SECRET?.trim());

  return (
    <div className="space-y-6">
      <BackLink href="/admin/rotation" label={t("backToRotation")} />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{t("intro")}</p>
        <p className="text-sm text-stone-600">{automatic ? t("automatic") : t("automaticOff")}</p>
      </header>
      <SendRemindersForm />

      <section aria-labelledby="sent-heading" className="space-y-3">
        <h2 id="sent-heading" className="text-xl font-semibold">
          {t("listTitle")}
        </h2>
        {reminders.length === 0 ? (
          <p className="text-stone-600">{t("empty")}</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
            <table className="w-full min-w-[36rem] text-left text-sm">
              <thead className="bg-stone-50 text-stone-700">
                <tr>
                  <th scope="col" className="p-2">
                    {t("unit")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("month")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("kind")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("version")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("sentAt")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {reminders.map((reminder) => (
                  <tr key={reminder.id} className="border-t border-stone-200">
                    <th scope="row" className="p-2 font-normal">
                      {reminder.unit.name}
                    </th>
                    <td className="p-2 whitespace-nowrap">
                      {t("monthValue", { year: reminder.schedule.year, month: reminder.month })}
                    </td>
                    <td className="p-2 whitespace-nowrap">{t(`kinds.${reminder.kind}`)}</td>
                    <td className="p-2 whitespace-nowrap">
                      {t("versionValue", { number: reminder.schedule.number })}
                    </td>
                    <td className="p-2 whitespace-nowrap">{formatBeijingDateTime(reminder.sentAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {reminders.length >= sentReminderLimit ? (
          <p className="text-sm text-stone-600">{t("listLimited", { limit: sentReminderLimit })}</p>
        ) : null}
      </section>
    </div>
  );
}

/** The page with the messages of the forms it renders, and no others (client-messages.tsx). */
export default function RotationRemindersPage() {
  return (
    <ClientMessages forms namespaces={["rotation.public.reminders"]}>
      <RotationRemindersPageContent />
    </ClientMessages>
  );
}
