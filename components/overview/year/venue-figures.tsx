import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import type { YearOverview } from "@/lib/overview/year/queries";
import { BodyRow, HeadRow, Table, Td, Th } from "@/components/ui/table";
import { FigureCard } from "./figure-card";

/** Bookings made and hours used in the year, in all and by venue; every number opens its bookings. */
export async function VenueFigures({ overview }: { overview: YearOverview }) {
  const [t, format] = await Promise.all([getTranslations("overview.admin"), getFormatter()]);
  const { venues, year } = overview;
  const link = "text-brand-700 underline underline-offset-2 inline-block min-h-6";
  return (
    <section aria-labelledby="overview-venues" className="space-y-3">
      <h3 id="overview-venues" className="text-lg font-semibold">
        {t("sections.venues")}
      </h3>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
        <FigureCard label={t("figures.bookingsMade")} figure={venues.made} />
        <FigureCard
          label={t("figures.bookingHours")}
          figure={venues.hours}
          shown={format.number(venues.hours.value)}
        />
      </ul>
      {venues.byVenue.length === 0 ? (
        <p className="text-stone-700">{t("venues.none")}</p>
      ) : (
        <Table caption={t("venues.caption", { year })} className="min-w-[20rem]">
          <thead>
            <HeadRow>
              <Th>{t("venues.venue")}</Th>
              <Th numeric>{t("venues.made")}</Th>
              <Th numeric>{t("venues.hours")}</Th>
            </HeadRow>
          </thead>
          <tbody>
            {venues.byVenue.map((row) => (
              <BodyRow key={row.venueId}>
                <Th scope="row" className="break-words">
                  {row.name}
                  <span className="block text-xs font-normal text-stone-600">{row.unitName}</span>
                </Th>
                <Td numeric>
                  <Link
                    href={row.made.href}
                    className={link}
                    aria-label={t("venues.madeLink", { venue: row.name, count: row.made.value })}
                  >
                    {row.made.value}
                  </Link>
                </Td>
                <Td numeric>
                  <Link
                    href={row.hours.href}
                    className={link}
                    aria-label={t("venues.hoursLink", {
                      venue: row.name,
                      hours: format.number(row.hours.value),
                    })}
                  >
                    {format.number(row.hours.value)}
                  </Link>
                </Td>
              </BodyRow>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
