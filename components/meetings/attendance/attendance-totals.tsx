import { getTranslations } from "next-intl/server";
import type { AttendanceTotals } from "@/lib/meetings/attendance/queries";

/** One sentence with the meeting's attendance totals. */
export async function AttendanceTotalsLine({ totals }: { totals: AttendanceTotals }) {
  const t = await getTranslations("meetings.attendance");
  return (
    <p className="text-sm text-stone-800" data-testid="attendance-totals">
      {t("totals", {
        invited: totals.invited,
        present: totals.PRESENT,
        delegate: totals.DELEGATE,
        excused: totals.EXCUSED,
        absent: totals.ABSENT,
        none: totals.notCheckedIn,
        people: totals.people,
      })}
    </p>
  );
}
