import { getTranslations } from "next-intl/server";
import { getUnitAttendanceByYear } from "@/lib/meetings/attendance/queries";
import { formatRate } from "@/lib/meetings/attendance/rates";
import { Card } from "@/components/ui/card";

/**
 * A unit's attendance at joint meetings per year (current year first, earlier years with
 * meetings below it) on its admin page.
 */
export async function UnitAttendanceRates({ unitId }: { unitId: number }) {
  const [years, t] = await Promise.all([
    getUnitAttendanceByYear(unitId),
    getTranslations("meetings.attendance"),
  ]);
  const columns = ["PRESENT", "DELEGATE", "EXCUSED", "ABSENT"] as const;
  return (
    <section aria-labelledby="attendance-rates-heading" className="space-y-3">
      <h2 id="attendance-rates-heading" className="text-lg font-semibold">
        {t("rates.heading")}
      </h2>
      <p className="text-sm text-stone-600">{t("rates.note")}</p>
      <Card as="div" className="overflow-x-auto">
        <table className="w-full min-w-[28rem] text-left text-sm" data-testid="attendance-rates">
          <caption className="sr-only">{t("rates.caption")}</caption>
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="py-2 pr-3">
                {t("rates.year")}
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                {t("rates.rate")}
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                {t("rates.meetings")}
              </th>
              {columns.map((status) => (
                <th key={status} scope="col" className="py-2 pr-3 text-right">
                  {t(`status.${status}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((row) => (
              <tr key={row.year} className="border-b border-stone-100">
                <th scope="row" className="py-2 pr-3 font-medium">
                  {t("rates.yearValue", { year: String(row.year) })}
                </th>
                <td
                  className="py-2 pr-3 text-right font-semibold tabular-nums"
                  data-testid={`attendance-rate-${row.year}`}
                >
                  {formatRate(row.rate) ?? t("rates.none")}
                </td>
                <td className="py-2 pr-3 text-right tabular-nums">{row.meetings}</td>
                {columns.map((status) => (
                  <td key={status} className="py-2 pr-3 text-right tabular-nums">
                    {row[status]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </section>
  );
}
