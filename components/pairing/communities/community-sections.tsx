import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import type { PublicCommunity } from "@/lib/pairing/communities/queries";
import { Badge } from "@/components/ui/badge";

const linkClass = "inline-flex min-h-11 items-center font-medium text-brand-700 underline underline-offset-2";

function Section({
  id,
  heading,
  empty,
  children,
}: {
  id: string;
  heading: string;
  empty: string;
  children: ReactNode[];
}) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-lg font-semibold">
        {heading}
      </h2>
      {children.length === 0 ? (
        <p className="text-sm text-stone-600">{empty}</p>
      ) : (
        <ul className="divide-y divide-stone-100 rounded-lg bg-white px-4 shadow-sm">{children}</ul>
      )}
    </section>
  );
}

/** What goes on in a community: its pairings, open needs, service sites and activities held there. */
export async function CommunitySections({ community }: { community: PublicCommunity }) {
  const [t, te, format] = await Promise.all([
    getTranslations("pairing.communities"),
    getTranslations("core.enums"),
    getFormatter(),
  ]);
  // @db.Date values are midnight UTC: formatted in UTC to keep the calendar day.
  const day = (date: Date) =>
    format.dateTime(date, { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" });
  const month = (year: number, m: number) =>
    format.dateTime(new Date(Date.UTC(year, m - 1, 1)), { timeZone: "UTC", year: "numeric", month: "long" });

  return (
    <>
      <Section id="pairings-heading" heading={t("public.pairings")} empty={t("public.noPairings")}>
        {community.pairings.map((pairing) => (
          <li key={pairing.id} className="space-y-1 py-3">
            <div className="flex flex-wrap items-center gap-2">
              <Link href={`/pairings/${pairing.id}`} className={linkClass}>
                {pairing.units.map((row) => row.unit.shortName).join("、")}
              </Link>
              <Badge tone={pairing.status === "ACTIVE" ? "green" : "neutral"}>
                {t(`pairingStatus.${pairing.status as "ACTIVE" | "PAUSED" | "ENDED"}`)}
              </Badge>
            </div>
            <p className="text-sm text-stone-600">
              {[
                t("public.pairingSince", { date: day(pairing.startsOn) }),
                ...pairing.focusAreas.map((focus) => t(`focus.${focus}`)),
              ].join(" · ")}
            </p>
          </li>
        ))}
      </Section>
      <Section id="needs-heading" heading={t("public.needs")} empty={t("public.noNeeds")}>
        {community.needs.map((need) => (
          <li key={need.id} className="py-2">
            <Link href={`/needs/${need.id}`} className={linkClass}>
              {need.title}
            </Link>
            {need.startsOn || need.volunteersWanted ? (
              <p className="text-sm text-stone-600">
                {[
                  need.startsOn ? day(need.startsOn) : null,
                  need.volunteersWanted
                    ? t("public.volunteersWanted", { count: need.volunteersWanted })
                    : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            ) : null}
          </li>
        ))}
      </Section>
      <Section id="sites-heading" heading={t("public.sites")} empty={t("public.noSites")}>
        {community.serviceSites.map((site) => (
          <li key={site.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <Link href={`/sites/${site.id}`} className={linkClass}>
              {site.name}
            </Link>
            {site.areaSqm !== null ? (
              <span className="text-sm text-stone-600">
                {t("public.area", { area: format.number(site.areaSqm) })}
              </span>
            ) : null}
          </li>
        ))}
      </Section>
      <Section id="activities-heading" heading={t("public.activities")} empty={t("public.noActivities")}>
        {community.activities.map((activity) => (
          <li key={activity.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <Link href={`/activities/${activity.id}`} className={linkClass}>
              {activity.title}
            </Link>
            <span className="text-sm text-stone-600">
              {activity.plannedDate ? day(activity.plannedDate) : month(activity.year, activity.plannedMonth)}{" "}
              · {te(`ActivityStatus.${activity.status}`)}
            </span>
          </li>
        ))}
      </Section>
    </>
  );
}
