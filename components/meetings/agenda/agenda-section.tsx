import { getTranslations } from "next-intl/server";
import { getAgenda } from "@/lib/meetings/agenda/queries";
import { AgendaHeading } from "./agenda-heading";
import { AmendmentList } from "./amendment-list";
import { AttachmentLinks } from "./attachment-links";

/**
 * The agenda on a meeting's page: items in order with presenter and time, the total, files to
 * download and any amendments. The page has already decided the viewer may see the meeting.
 */
export async function AgendaSection({ meetingId }: { meetingId: number }) {
  const [t, agenda] = await Promise.all([getTranslations("meetings.agenda"), getAgenda(meetingId)]);
  return (
    <section aria-labelledby="agenda-heading" className="space-y-3">
      <AgendaHeading id="agenda-heading" itemCount={agenda.items.length} totalMinutes={agenda.totalMinutes} />
      {agenda.items.length === 0 ? (
        <p className="text-stone-700">{t("notPublished")}</p>
      ) : (
        <ol className="space-y-2">
          {agenda.items.map((item, index) => (
            <li key={item.id} className="rounded-lg border border-stone-200 bg-white p-3 sm:p-4">
              <div className="flex gap-3">
                <span className="font-semibold text-brand-700" aria-hidden="true">
                  {index + 1}.
                </span>
                <div className="min-w-0 flex-1 space-y-1">
                  <p className="font-medium">{item.title}</p>
                  <p className="text-sm text-stone-700">
                    {item.presenterUnit
                      ? t("presenter", { unit: item.presenterUnit.name })
                      : t("noPresenter")}
                    {" · "}
                    {t("minutes", { count: item.durationMinutes })}
                  </p>
                  <AttachmentLinks meetingId={meetingId} attachments={item.attachments} />
                </div>
              </div>
            </li>
          ))}
        </ol>
      )}
      <AmendmentList amendments={agenda.amendments} />
    </section>
  );
}
