import { getTranslations } from "next-intl/server";
import { YearPills } from "@/components/ui/year-pills";

/** The year picker of a unit's year: one link per year that has a plan or records, newest first. */
export async function UnitYearPills({
  years,
  current,
  href,
}: {
  years: number[];
  /** The year shown (marked as the current page); null when the page shows none of them. */
  current: number | null;
  href: (year: number) => string;
}) {
  const t = await getTranslations("overview.unitYear");
  return (
    <YearPills
      label={t("yearNavLabel")}
      current={current ?? Number.NaN}
      years={years.map((year) => ({ year, href: href(year), label: t("yearPill", { year: String(year) }) }))}
    />
  );
}
