import { getTranslations } from "next-intl/server";
import { YearPills } from "@/components/ui/year-pills";

/** Links to each year with a published rotation; the shown year is marked as current. */
export async function RotationYearNav({ years, current }: { years: readonly number[]; current: number }) {
  const t = await getTranslations("rotation.public");
  const pills = years.map((year) => ({
    year,
    href: `/rotation?year=${year}`,
    label: t("yearLink", { year }),
  }));
  return <YearPills label={t("yearNavLabel")} years={pills} current={current} />;
}
