import { Link } from "@/lib/core/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { listUnitReportNumbers } from "@/lib/activities/reports/public-queries";

/** On a unit's public page: what each activity it led achieved, as its report says. */
export async function UnitReportNumbers({ unitId }: { unitId: number }) {
  const rows = await listUnitReportNumbers(unitId);
  if (rows.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("activities.reports"), getFormatter()]);
  return (
    <section aria-labelledby="report-numbers-heading" className="space-y-2">
      <h2 id="report-numbers-heading" className="text-lg font-semibold">
        {t("unitNumbersTitle")}
      </h2>
      <ul className="space-y-2">
        {rows.map((row) => (
          <li key={row.activityId} className="rounded-lg border border-stone-200 bg-white p-3">
            <Link
              href={`/activities/${row.activityId}`}
              className="font-medium break-words text-brand-700 underline underline-offset-2"
            >
              {row.title}
            </Link>
            <p className="mt-1 text-sm text-stone-700">
              {format.dateTime(row.actualDate, { timeZone: "UTC", dateStyle: "medium" })}
              {" · "}
              {t("unitNumbersLine", {
                units: row.units,
                people: row.people,
                volunteers: row.volunteers,
                hours: format.number(row.hours),
              })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
