import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/core/auth/session";
import { getAttendance } from "@/lib/meetings/attendance/queries";
import { checkinWindowState } from "@/lib/meetings/attendance/window";
import { hasMeetingStarted } from "@/lib/meetings/access";
import { AttendanceStatusBadge } from "./status-badge";
import { AttendanceTotalsLine } from "./attendance-totals";
import { buttonClass } from "@/components/ui/button-link";

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
  const own = viewer?.role === "SECRETARY" ? rows.find((row) => row.unitId === viewer.unitId) : undefined;
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
        <div className="overflow-x-auto">
          <table className="w-full min-w-[20rem] text-left text-sm">
            <caption className="sr-only">{t("table.caption")}</caption>
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="py-2 pr-3">
                  {t("table.unit")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("table.status")}
                </th>
                <th scope="col" className="py-2 text-right">
                  {t("table.people")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.unitId} className="border-b border-stone-100">
                  <th scope="row" className="py-2 pr-3 font-normal break-words">
                    {row.unitName}
                  </th>
                  <td className="py-2 pr-3">
                    <AttendanceStatusBadge status={row.status} />
                  </td>
                  <td className="py-2 text-right tabular-nums">{row.headcount}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="font-medium">
                <th scope="row" className="py-2 pr-3 text-left">
                  {t("table.total")}
                </th>
                <td className="py-2 pr-3" />
                <td className="py-2 text-right tabular-nums">{totals.people}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      ) : null}
    </section>
  );
}
