import { getFormatter, getTranslations } from "next-intl/server";
import type { LogTotals } from "@/lib/pairing/sites/totals";

/** What a site's visits added up to: visits, volunteers, hours and each result by label and unit. */
export async function SiteTotals({ totals }: { totals: LogTotals }) {
  const [t, format] = await Promise.all([getTranslations("pairing.sites.totals"), getFormatter()]);
  const figures = [
    { key: "visits", label: t("visits"), value: totals.visits },
    { key: "volunteers", label: t("volunteers"), value: totals.volunteers },
    { key: "hours", label: t("hours"), value: totals.hours },
  ];
  return (
    <section aria-labelledby="site-totals-heading" className="space-y-3">
      <h2 id="site-totals-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <dl className="grid grid-cols-3 gap-2">
        {figures.map((figure) => (
          <div key={figure.key} className="rounded-lg bg-white p-3 shadow-sm" data-total={figure.key}>
            <dt className="text-sm text-stone-600">{figure.label}</dt>
            <dd className="text-2xl font-bold text-stone-900">{format.number(figure.value)}</dd>
          </div>
        ))}
      </dl>
      {totals.results.length > 0 ? (
        <dl aria-label={t("results")} className="grid gap-2 sm:grid-cols-2">
          {totals.results.map((row) => (
            <div
              key={`${row.label}|${row.unit}`}
              className="flex items-baseline justify-between gap-3 rounded-lg bg-green-50 p-3 text-green-900"
            >
              <dt className="break-words">{row.label}</dt>
              <dd className="font-semibold whitespace-nowrap">
                {t("resultValue", { value: row.value, unit: row.unit })}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </section>
  );
}
