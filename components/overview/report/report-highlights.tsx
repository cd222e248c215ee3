import { Link } from "@/lib/core/i18n/navigation";
import type { ReportText } from "@/lib/overview/report/text";
import type { ReportHighlight } from "@/lib/overview/report/types";

/** The year's highlights: reported activities, each linked to its public page and report. */
export function ReportHighlights({ highlights, text }: { highlights: ReportHighlight[]; text: ReportText }) {
  const { t } = text;
  if (highlights.length === 0) return <p className="text-stone-600">{t("none")}</p>;
  return (
    <ol className="space-y-3">
      {highlights.map((highlight) => (
        <li
          key={highlight.id}
          className="rounded-lg border border-stone-300 bg-white p-3 print:break-inside-avoid"
        >
          <h3 className="font-semibold">
            <Link
              href={`/activities/${highlight.id}`}
              className="text-brand-700 underline underline-offset-2"
            >
              {highlight.title}
            </Link>
          </h3>
          <p className="text-sm text-stone-600">
            {[
              highlight.date ? text.date(highlight.date) : null,
              highlight.leadUnit,
              `${t("highlightTable.volunteers")} ${text.number(highlight.volunteers)}`,
              `${t("highlightTable.hours")} ${text.number(highlight.hours)}`,
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
          {highlight.summary ? <p className="mt-1 text-sm">{highlight.summary}</p> : null}
        </li>
      ))}
    </ol>
  );
}
