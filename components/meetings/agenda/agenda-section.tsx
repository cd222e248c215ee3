import { getTranslations } from "next-intl/server";
import { getAgenda } from "@/lib/meetings/agenda/queries";
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
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="agenda-heading" className="text-lg font-semibold">
          {t("sectionHeading")}
        </h2>
        {agenda.items.length > 0 ? (
          <p className="text-sm text-stone-700">{t("total", { count: agenda.totalMinutes })}</p>
        ) : null}
      </div>
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
