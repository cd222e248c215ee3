import { useTranslations } from "next-intl";
import { Link } from "@/lib/core/i18n/navigation";
import type { MeetingPageView } from "@/lib/meetings/page-view-types";
import { AttendanceTotalsLine } from "@/components/meetings/attendance/attendance-totals";
import { AttendanceStatusBadge } from "@/components/meetings/attendance/status-badge";
import { buttonClass } from "@/components/ui/button";
import { BodyRow, HeadRow, Table, Td, Th } from "@/components/ui/table";

/**
 * Attendance once the meeting has started: totals for everyone, each invited unit's status and
 * people for the signed-in; during the check-in window an invited unit's secretary's link.
 */
export function AttendancePart({ view }: { view: MeetingPageView }) {
  const t = useTranslations("meetings.attendance");
  const tStatus = useTranslations("meetings.attendance.status");
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
                  status: tStatus(checkIn.recorded),
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
