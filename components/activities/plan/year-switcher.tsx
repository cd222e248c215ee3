import { getTranslations } from "next-intl/server";
import { planHref } from "@/lib/activities/plan/plan-filters";
import { YearPills } from "@/components/ui/year-pills";

/** Links to each year that has a published list; the shown year is marked as current. */
export async function YearSwitcher({
  years,
  current,
}: {
  years: readonly { year: number }[];
  current: number;
}) {
  const t = await getTranslations("activities.plan");
  const pills = years.map(({ year }) => ({ year, href: planHref({ year }), label: t("yearLink", { year }) }));
  return <YearPills label={t("yearSwitcherLabel")} years={pills} current={current} />;
}
