import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { listUnitServiceSites } from "@/lib/pairing/sites/public-queries";

/**
 * The long-term service sites a unit serves or has visited, with the visits it took part in and
 * their volunteers and hours: on the unit's public page and (as a card) the secretary's home.
 * Renders nothing for a unit with none.
 */
export async function UnitServiceSites({
  unitId,
  variant = "section",
}: {
  unitId: number;
  variant?: "section" | "card";
}) {
  const sites = await listUnitServiceSites(unitId);
  if (sites.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("pairing.sites.unitSection"), getFormatter()]);
  return (
    <section
      aria-labelledby="unit-sites-heading"
      className={variant === "card" ? "card-raised space-y-3" : "space-y-3"}
    >
      <h2 id="unit-sites-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-stone-600">{t("hint")}</p>
      <ul className="space-y-2">
        {sites.map((site) => (
          <li key={site.id} className="rounded-lg border border-stone-200 bg-white p-3">
            <Link
              href={`/sites/${site.id}`}
              className="font-medium break-words text-brand-700 underline underline-offset-2"
            >
              {site.name}
            </Link>
            <p className="mt-1 text-sm text-stone-700">
              {t("line", { visits: site.visits, volunteers: site.volunteers, hours: site.hours })}
              {site.since
                ? ` · ${t("since", { date: format.dateTime(site.since, { timeZone: "UTC", dateStyle: "medium" }) })}`
                : null}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
