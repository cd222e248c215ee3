import { Link } from "@/lib/core/i18n/navigation";
import type { ReportText } from "@/lib/overview/report/text";
import type { ReportFigureGroup } from "@/lib/overview/report/types";

/**
 * The year's figures by area. On screen each number links to the records behind it (the
 * overview's filtered lists); on paper the links are plain numbers and a group stays whole.
 */
export function ReportFigures({ groups, text }: { groups: ReportFigureGroup[]; text: ReportText }) {
  const { t } = text;
  return (
    <div className="grid gap-3 sm:grid-cols-2 print:grid-cols-2">
      {groups.map((group) => (
        <section
          key={group.key}
          aria-labelledby={`figures-${group.key}`}
          className="rounded-lg border border-stone-300 bg-white p-3 print:break-inside-avoid"
        >
          <h3 id={`figures-${group.key}`} className="font-semibold">
            {t(`groups.${group.key}`)}
          </h3>
          <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
            {group.figures.map((figure) => (
              <div key={figure.key} className="contents">
                <dt className="text-stone-700">{t(`figures.${figure.key}`)}</dt>
                <dd className="text-right font-semibold tabular-nums">
                  {figure.href ? (
                    <Link
                      href={figure.href}
                      // A bare number is no name for a link: say what it counts.
                      aria-label={`${t(`figures.${figure.key}`)}: ${text.figure(figure.value, figure.format)}`}
                      className="inline-block min-h-6 min-w-6 text-brand-700 underline underline-offset-2"
                    >
                      {text.figure(figure.value, figure.format)}
                    </Link>
                  ) : (
                    text.figure(figure.value, figure.format)
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
