import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { actingUnitOf } from "@/lib/core/auth/policy";
import { getCurrentUser } from "@/lib/core/auth/session";
import { getAttendance } from "@/lib/meetings/attendance/queries";
import { checkinWindowState } from "@/lib/meetings/attendance/window";
import { hasMeetingStarted } from "@/lib/meetings/access";
import { AttendanceStatusBadge } from "./status-badge";
import { AttendanceTotalsLine } from "./attendance-totals";
import { buttonClass } from "@/components/ui/button";
import { BodyRow, HeadRow, Table, Td, Th } from "@/components/ui/table";

/**
 * The meeting page's attendance: once the meeting has started, members see each invited unit's
 * status and people (visitors of a public meeting only the totals); during the check-in window an
 * invited unit's secretary gets a link to check in.
 */
export async function AttendanceSection({ meetingId }: { meetingId: number }) {
  const [viewer, attendance] = await Promise.all([getCurrentUser(), getAttendance(meetingId)]);
  if (!attendance || attendance.meeting.status === "CANCELLED") return null;
  const { meeting, rows, totals } = attendance;
  const t = await getTranslations("meetings.attendance");
  const unitId = actingUnitOf(viewer);
  const own = unitId === null ? undefined : rows.find((row) => row.unitId === unitId);
  const canCheckIn = own !== undefined && checkinWindowState(meeting) === "open";
  const started = hasMeetingStarted(meeting);
  if (!started && !canCheckIn) return null;

  return (
    <section aria-labelledby="attendance-heading" className="space-y-3">
      <h2 id="attendance-heading" className="text-lg font-semibold">
        {t("section.heading")}
      </h2>
      {canCheckIn ? (
        <div className="flex flex-wrap items-center gap-3 rounded-lg bg-brand-50 p-3">
          <p className="flex-1">
            {own.recorded
              ? t("section.checkedInAs", { status: t(`status.${own.recorded}`), count: own.headcount })
              : t("section.checkInPrompt")}
          </p>
          <Link href={`/meetings/${meeting.id}/checkin`} className={buttonClass()}>
            {t("section.checkInLink")}
          </Link>
        </div>
      ) : null}
      {started ? <AttendanceTotalsLine totals={totals} /> : null}
      {started && viewer ? (
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
