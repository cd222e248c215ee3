import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import type { PairingWork } from "@/lib/pairing/pairings/queries";
import { Card } from "@/components/ui/card";

const textLink = "text-brand-700 underline underline-offset-2";

/** What the pairing has done together: joint activities, its service log with totals, needs met. */
export async function PairingWorkSections({ work }: { work: PairingWork }) {
  const [t, format] = await Promise.all([getTranslations("pairing.pairings"), getFormatter()]);
  const day = (date: Date) => format.dateTime(date, { timeZone: "UTC", dateStyle: "medium" });
  const { totals } = work;
  return (
    <>
      <section aria-labelledby="activities-heading" className="space-y-2">
        <h2 id="activities-heading" className="text-lg font-semibold">
          {t("work.activitiesTitle")}
        </h2>
        {work.activities.length === 0 ? (
          <p className="text-stone-600">{t("work.noActivities")}</p>
        ) : (
          <ul className="space-y-2">
            {work.activities.map((activity) => (
              <li key={activity.id} className="text-sm">
                <Link href={`/activities/${activity.id}`} className={`font-medium ${textLink}`}>
                  {activity.title}
                </Link>
                <span className="text-stone-600">
                  {" · "}
                  {activity.plannedDate
                    ? day(activity.plannedDate)
                    : t("work.month", { year: activity.year, month: activity.plannedMonth })}
                  {activity.leadUnit ? ` · ${t("work.ledBy", { unit: activity.leadUnit.shortName })}` : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="log-heading" className="space-y-3">
        <h2 id="log-heading" className="text-lg font-semibold">
          {t("work.logTitle")}
        </h2>
        <dl className="grid grid-cols-3 gap-3">
          {[
            { label: t("work.visits"), value: totals.visits },
            { label: t("work.volunteers"), value: totals.volunteers },
            { label: t("work.hours"), value: totals.hours },
          ].map((stat) => (
            <Card as="div" key={stat.label} variant="outlined">
              <dt className="text-sm text-stone-600">{stat.label}</dt>
              <dd className="text-2xl font-bold">{format.number(stat.value)}</dd>
            </Card>
          ))}
        </dl>
        {totals.results.length > 0 ? (
          <p className="text-sm text-stone-800">
            {totals.results
              .map((result) =>
                t("work.result", {
                  label: result.label,
                  value: format.number(result.value),
                  unit: result.unit,
                }),
              )
              .join(t("unitSeparator"))}
          </p>
        ) : null}
        {work.log.length === 0 ? (
          <p className="text-stone-600">{t("work.noLog")}</p>
        ) : (
          <ul className="space-y-2">
            {work.log.map((entry) => (
              <li key={entry.id} className="text-sm">
                <p>
                  <time dateTime={entry.servedOn.toISOString().slice(0, 10)} className="font-medium">
                    {day(entry.servedOn)}
                  </time>
                  {" · "}
                  <Link href={`/sites/${entry.site.id}`} className={textLink}>
                    {entry.site.name}
                  </Link>
                  <span className="text-stone-600">
                    {" · "}
                    {t("work.entryNumbers", { volunteers: entry.volunteers, hours: Number(entry.hours) })}
                  </span>
                </p>
                <p className="whitespace-pre-line break-words text-stone-800">{entry.summary}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="needs-heading" className="space-y-2">
        <h2 id="needs-heading" className="text-lg font-semibold">
          {t("work.needsTitle")}
        </h2>
        {work.needs.length === 0 ? (
          <p className="text-stone-600">{t("work.noNeeds")}</p>
        ) : (
          <ul className="space-y-2">
            {work.needs.map((need) => (
              <li key={need.id} className="text-sm">
                <Link href={`/needs/${need.id}`} className={`font-medium ${textLink}`}>
                  {need.title}
                </Link>
                <span className="text-stone-600"> · {t(`work.needStatus.${need.status}`)}</span>
                {need.outcome ? (
                  <p className="whitespace-pre-line break-words text-stone-800">{need.outcome}</p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
