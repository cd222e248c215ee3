import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { getServiceTotals } from "@/lib/overview/results/queries";

/**
 * "This year so far": the year's numbers as /results counts them (lib/overview/results: reports,
 * check-ins and service-site visits of the published list), with a link to the year's results.
 */
export async function YearSoFar({ year }: { year: number }) {
  const [t, tr, format, totals] = await Promise.all([
    getTranslations("overview.home"),
    getTranslations("overview.results"),
    getFormatter(),
    getServiceTotals(year, undefined, { publishedOnly: true }),
  ]);
  const stats = [
    { key: "soFarActivities", value: totals.held },
    { key: "soFarUnits", value: totals.units },
    { key: "soFarVolunteers", value: totals.volunteers },
    { key: "soFarHours", value: totals.hours },
  ] as const;
  return (
    <section aria-labelledby="so-far-heading" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="so-far-heading" className="text-xl font-bold">
          {t("soFarTitle", { year })}
        </h2>
        <Link
          href={`/results/${year}`}
          className="inline-flex min-h-6 items-center text-sm text-brand-700 underline underline-offset-2"
        >
          {tr("homeLink", { year })}
        </Link>
      </div>
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
