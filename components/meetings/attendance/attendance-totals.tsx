import { useTranslations } from "next-intl";
import type { AttendanceTotals } from "@/lib/meetings/attendance/queries";

/** One sentence with the meeting's attendance totals. */
export function AttendanceTotalsLine({ totals }: { totals: AttendanceTotals }) {
  const t = useTranslations("meetings.attendance");
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
