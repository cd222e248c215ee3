import { getFormatter, getTranslations } from "next-intl/server";
import type { YearResults } from "@/lib/overview/results/queries";

/** The year's headline numbers, each counted from records (lib/overview/results). */
export async function YearFigures({ results }: { results: YearResults }) {
  const [t, format] = await Promise.all([getTranslations("overview.results"), getFormatter()]);
  const figures = [
    { key: "held", value: results.held },
    { key: "units", value: results.units },
    { key: "volunteers", value: results.volunteers },
    { key: "hours", value: results.hours },
    { key: "venuesShared", value: results.venuesShared },
    { key: "timesUsed", value: results.timesUsed },
  ] as const;
  return (
    <section aria-labelledby="figures-heading" className="space-y-3">
      <h2 id="figures-heading" className="text-xl font-bold">
        {t("figuresHeading")}
      </h2>
      <dl className="grid grid-cols-2 gap-3 text-center sm:grid-cols-3" data-testid="year-figures">
        {figures.map((figure) => (
          <div key={figure.key} className="rounded-lg border border-stone-200 bg-white p-3">
            <dt className="text-xs text-stone-600 sm:text-sm">{t(figure.key)}</dt>
            <dd className="mt-1 text-xl font-bold text-brand-700 tabular-nums">
              {format.number(figure.value)}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/**
 * Measurable results summed by label and unit ("树木种植 450 棵"). The labels are what the lead
 * units typed: shown as text here, never in a chart (charts take catalog strings only).
 */
export async function YearResultList({ results }: { results: YearResults["results"] }) {
  const [t, format] = await Promise.all([getTranslations("overview.results"), getFormatter()]);
  return (
    <section aria-labelledby="results-heading" className="space-y-3">
      <h2 id="results-heading" className="text-xl font-bold">
        {t("resultsHeading")}
      </h2>
      <p className="text-sm text-stone-600">{t("resultsIntro")}</p>
      {results.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-4 text-stone-600">
          {t("resultsEmpty")}
        </p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="year-results">
          {results.map((row) => (
            <li
              key={`${row.label}\u0000${row.unit}`}
              className="flex items-baseline justify-between gap-3 rounded-lg border border-stone-200 bg-white p-3"
            >
              <span className="min-w-0 text-stone-700">{row.label}</span>
              <span className="shrink-0 font-bold text-brand-700 tabular-nums">
                {format.number(row.value)}
                {row.unit ? (
                  <span className="ml-1 text-sm font-normal text-stone-700">{row.unit}</span>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
