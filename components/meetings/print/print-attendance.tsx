import { getTranslations } from "next-intl/server";
import type { getAttendance } from "@/lib/meetings/attendance/queries";
import { PrintSection, PrintTable } from "./print-table";

type Attendance = NonNullable<Awaited<ReturnType<typeof getAttendance>>>;

export async function PrintAttendance({ attendance }: { attendance: Attendance }) {
  const [t, ta] = await Promise.all([
    getTranslations("meetings.print"),
    getTranslations("meetings.attendance"),
  ]);
  const { rows, totals } = attendance;
  return (
    <PrintSection id="print-attendance" title={t("attendance")}>
      <p className="text-sm">
        {t("attendanceTotals", {
          invited: totals.invited,
          present: totals.PRESENT,
          delegate: totals.DELEGATE,
          excused: totals.EXCUSED,
          absent: totals.ABSENT,
          people: totals.people,
        })}
      </p>
      <PrintTable
        caption={t("attendance")}
        head={[t("unit"), t("status"), t("people")]}
        rows={rows.map((row) => [
          row.unitName,
          `${ta(`status.${row.status ?? "none"}`)}${row.delegateName && row.status === "DELEGATE" ? `（${row.delegateName}）` : ""}`,
          row.headcount,
        ])}
      />
    </PrintSection>
  );
}
