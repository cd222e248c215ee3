import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";

export type LogListEntry = {
  id: number;
  servedOn: Date;
  volunteers: number;
  hours: { toString(): string };
  summary: string;
  units: Array<{ unit: { id: number; name: string; slug: string; status: string } }>;
  results: Array<{ label: string; value: { toString(): string }; unit: string }>;
  activity: { id: number; title: string } | null;
};

const link = "text-brand-700 underline underline-offset-2";

/**
 * A site's visits, newest first: date, numbers, what was done, the units (linked to their public
 * pages) and results. The admin page adds each entry's edit and delete controls (`actions`).
 */
export async function SiteLogList({
  entries,
  actions,
}: {
  entries: LogListEntry[];
  actions?: (entry: LogListEntry) => ReactNode;
}) {
  const [t, format] = await Promise.all([getTranslations("pairing.sites.log"), getFormatter()]);
  if (entries.length === 0) return <p className="text-stone-600">{t("empty")}</p>;
  return (
    <ol className="space-y-3">
      {entries.map((entry) => (
        <li key={entry.id} className="card-outlined space-y-2">
          <p className="flex flex-wrap items-baseline justify-between gap-x-3">
            <time dateTime={entry.servedOn.toISOString().slice(0, 10)} className="font-semibold">
              {format.dateTime(entry.servedOn, { timeZone: "UTC", dateStyle: "long" })}
            </time>
            <span className="text-sm text-stone-700">
              {t("numbers", { volunteers: entry.volunteers, hours: Number(entry.hours.toString()) })}
            </span>
          </p>
          <p className="whitespace-pre-line break-words text-stone-800">{entry.summary}</p>
          {entry.units.length > 0 ? (
            <p className="text-sm text-stone-700">
              {t("units")}
              {entry.units.map(({ unit }, index) => (
                <span key={unit.id}>
                  {index > 0 ? "、" : ""}
                  {unit.status === "WITHDRAWN" ? (
                    unit.name
                  ) : (
                    <Link href={`/units/${unit.slug}`} className={link}>
                      {unit.name}
                    </Link>
                  )}
                </span>
              ))}
            </p>
          ) : null}
          {entry.results.length > 0 ? (
            <ul aria-label={t("results")} className="flex flex-wrap gap-2 text-sm">
              {entry.results.map((row, index) => (
                <li key={index} className="rounded bg-green-50 px-2 py-1 text-green-900">
                  {row.label} {format.number(Number(row.value.toString()))} {row.unit}
                </li>
              ))}
            </ul>
          ) : null}
          {entry.activity ? (
            <p className="text-sm text-stone-700">
              {t("fromActivity")}
              <Link href={`/activities/${entry.activity.id}`} className={link}>
                {entry.activity.title}
              </Link>
            </p>
          ) : null}
          {actions?.(entry)}
        </li>
      ))}
    </ol>
  );
}
