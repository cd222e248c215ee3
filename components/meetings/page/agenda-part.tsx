import { useTranslations } from "next-intl";
import type { MeetingPageView } from "@/lib/meetings/page-view-types";
import { AgendaHeading } from "@/components/meetings/agenda/agenda-heading";
import { AmendmentList } from "@/components/meetings/agenda/amendment-list";
import { AttachmentLinks } from "@/components/meetings/agenda/attachment-links";

/** The agenda: items in order with presenter and time, the total, files and any amendments. */
export function AgendaPart({ view }: { view: MeetingPageView }) {
  const t = useTranslations("meetings.agenda");
  const { agenda, meeting } = view;
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
                    {item.presenter ? t("presenter", { unit: item.presenter }) : t("noPresenter")}
                    {" · "}
                    {t("minutes", { count: item.durationMinutes })}
                  </p>
                  <AttachmentLinks meetingId={meeting.id} attachments={item.attachments} />
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
