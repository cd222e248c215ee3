import { getTranslations } from "next-intl/server";
import { getUnitAttendanceByYear } from "@/lib/meetings/attendance/queries";
import { formatRate } from "@/lib/meetings/attendance/rates";
import { Card } from "@/components/ui/card";
import { BodyRow, HeadRow, Table, Td, Th } from "@/components/ui/table";

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
      <Card as="div">
        <Table className="min-w-[28rem]" caption={t("rates.caption")} data-testid="attendance-rates">
          <thead>
            <HeadRow>
              <Th>{t("rates.year")}</Th>
              <Th numeric>{t("rates.rate")}</Th>
              <Th numeric>{t("rates.meetings")}</Th>
              {columns.map((status) => (
                <Th key={status} numeric>
                  {t(`status.${status}`)}
                </Th>
              ))}
            </HeadRow>
          </thead>
          <tbody>
            {years.map((row) => (
              <BodyRow key={row.year}>
                <Th scope="row">{t("rates.yearValue", { year: String(row.year) })}</Th>
                <Td numeric className="font-semibold" data-testid={`attendance-rate-${row.year}`}>
                  {formatRate(row.rate) ?? t("rates.none")}
                </Td>
                <Td numeric>{row.meetings}</Td>
                {columns.map((status) => (
                  <Td key={status} numeric>
                    {row[status]}
                  </Td>
                ))}
              </BodyRow>
            ))}
          </tbody>
        </Table>
      </Card>
    </section>
  );
}
