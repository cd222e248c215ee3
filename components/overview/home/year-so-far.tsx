import { getFormatter, getTranslations } from "next-intl/server";
import { getYearReportTotals } from "@/lib/activities/reports/queries";

/** "This year so far": the year's numbers as the lead units reported them. */
export async function YearSoFar({ year }: { year: number }) {
  const [t, format, totals] = await Promise.all([
    getTranslations("overview.home"),
    getFormatter(),
    getYearReportTotals(year),
  ]);
  const stats = [
    { key: "soFarActivities", value: totals.activities },
    { key: "soFarUnits", value: totals.units },
    { key: "soFarVolunteers", value: totals.volunteers },
    { key: "soFarHours", value: totals.hours },
  ] as const;
  return (
    <section aria-labelledby="so-far-heading" className="space-y-3">
      <h2 id="so-far-heading" className="text-xl font-bold">
        {t("soFarTitle", { year })}
      </h2>
      <dl className="grid grid-cols-2 gap-3 text-center sm:grid-cols-4" data-testid="year-so-far">
        {stats.map((stat) => (
          <div key={stat.key} className="rounded-lg border border-stone-200 bg-white p-3">
            <dt className="text-xs text-stone-600 sm:text-sm">{t(stat.key)}</dt>
            <dd className="mt-1 text-lg font-bold text-brand-700">{format.number(stat.value)}</dd>
          </div>
        ))}
      </dl>
      <p className="text-xs text-stone-600">{t("soFarNote")}</p>
    </section>
  );
}
