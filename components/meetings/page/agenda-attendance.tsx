import { useTranslations } from "next-intl";
import { Link } from "@/lib/core/i18n/navigation";
import type { MeetingPageView } from "@/lib/meetings/page-view-types";
import { AgendaHeading } from "@/components/meetings/agenda/agenda-heading";
import { AmendmentList } from "@/components/meetings/agenda/amendment-list";
import { AttachmentLinks } from "@/components/meetings/agenda/attachment-links";
import { AttendanceTotalsLine } from "@/components/meetings/attendance/attendance-totals";
import { AttendanceStatusBadge } from "@/components/meetings/attendance/status-badge";
import { buttonClass } from "@/components/ui/button";
import { BodyRow, HeadRow, Table, Td, Th } from "@/components/ui/table";

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

/**
 * Attendance once the meeting has started: totals for everyone, each invited unit's status and
 * people for the signed-in; during the check-in window an invited unit's secretary's link.
 */
export function AttendancePart({ view }: { view: MeetingPageView }) {
  const t = useTranslations("meetings.attendance");
  const { attendance, meeting } = view;
  if (!attendance) return null;
  const { checkIn, started, totals, rows } = attendance;
  return (
    <section aria-labelledby="attendance-heading" className="space-y-3">
      <h2 id="attendance-heading" className="text-lg font-semibold">
        {t("section.heading")}
      </h2>
      {checkIn ? (
        <div className="flex flex-wrap items-center gap-3 rounded-lg bg-brand-50 p-3">
          <p className="flex-1">
            {checkIn.recorded
              ? t("section.checkedInAs", {
                  status: t(`status.${checkIn.recorded}`),
                  count: checkIn.headcount,
                })
              : t("section.checkInPrompt")}
          </p>
          <Link href={`/meetings/${meeting.id}/checkin`} className={buttonClass()}>
            {t("section.checkInLink")}
          </Link>
        </div>
      ) : null}
      {started ? <AttendanceTotalsLine totals={totals} /> : null}
      {rows ? (
        <Table className="min-w-[20rem]" caption={t("table.caption")}>
          <thead>
            <HeadRow>
              <Th>{t("table.unit")}</Th>
              <Th>{t("table.status")}</Th>
              <Th numeric>{t("table.people")}</Th>
            </HeadRow>
          </thead>
          <tbody>
            {rows.map((row) => (
              <BodyRow key={row.unitId}>
                <Th scope="row" className="font-normal break-words">
                  {row.unitName}
                </Th>
                <Td>
                  <AttendanceStatusBadge status={row.status} />
                </Td>
                <Td numeric>{row.headcount}</Td>
              </BodyRow>
            ))}
          </tbody>
          <tfoot>
            <tr className="font-medium">
              <Th scope="row" className="text-left font-medium">
                {t("table.total")}
              </Th>
              <Td />
              <Td numeric>{totals.people}</Td>
            </tr>
          </tfoot>
        </Table>
      ) : null}
    </section>
  );
}
