import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import type { YearResults } from "@/lib/overview/results/queries";

/**
 * The year's highlights: reported activities with their first photo (the activity's public
 * photo route serves it, only while the report is shown) and a link to the full report.
 */
export async function Highlights({ highlights }: { highlights: YearResults["highlights"] }) {
  const [t, format] = await Promise.all([getTranslations("overview.results"), getFormatter()]);
  return (
    <section aria-labelledby="highlights-heading" className="space-y-3">
      <h2 id="highlights-heading" className="text-xl font-bold">
        {t("highlightsHeading")}
      </h2>
      <p className="text-sm text-stone-600">{t("highlightsIntro")}</p>
      {highlights.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-4 text-stone-600">
          {t("highlightsEmpty")}
        </p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {highlights.map((item) => (
            <li key={item.activityId}>
              <article className="flex h-full flex-col overflow-hidden rounded-lg border border-stone-200 bg-white">
                {item.photo ? (
                  // eslint-disable-next-line @next/next/no-img-element -- served from the database by our route
                  <img
                    src={`/activities/${item.activityId}/photos/${item.photo.id}`}
                    alt={item.photo.caption || t("photoAlt", { title: item.title })}
                    loading="lazy"
                    className="aspect-[4/3] w-full object-cover"
                  />
                ) : null}
                <div className="flex flex-1 flex-col gap-2 p-4">
                  <h3 className="font-semibold leading-snug">
                    <Link
                      href={`/activities/${item.activityId}`}
                      className="inline-flex min-h-6 items-center text-brand-700 underline underline-offset-2"
                    >
                      {item.title}
                    </Link>
                  </h3>
                  <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-sm text-stone-700">
                    <dt className="text-stone-600">{t("highlightDate")}</dt>
                    <dd>
                      <time dateTime={item.actualDate.toISOString().slice(0, 10)}>
                        {format.dateTime(item.actualDate, { dateStyle: "long", timeZone: "UTC" })}
                      </time>
                    </dd>
                    {item.leadUnit ? (
                      <>
                        <dt className="text-stone-600">{t("highlightLead")}</dt>
                        <dd>{item.leadUnit.name}</dd>
                      </>
                    ) : null}
                  </dl>
                  <p className="text-sm font-medium">
                    {t("highlightNumbers", {
                      volunteers: format.number(item.volunteers),
                      hours: format.number(item.hours),
                    })}
                  </p>
                  {item.excerpt ? <p className="text-sm text-stone-700">{item.excerpt}</p> : null}
                  {item.photoCount > 1 ? (
                    <p className="mt-auto text-xs text-stone-600">
                      {t("photoCount", { count: item.photoCount })}
                    </p>
                  ) : null}
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
