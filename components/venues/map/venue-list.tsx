import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import type { PublicVenueListItem } from "@/lib/venues/public/queries";
import { ShowOnMapButton } from "./show-on-map";
import { Card } from "@/components/ui/card";

/**
 * The server-rendered venue list: always works, with or without the map, and is the accessible
 * list of the map's markers (the same venues; "show on map" focuses a venue's marker).
 */
export async function VenueList({ venues }: { venues: PublicVenueListItem[] }) {
  const t = await getTranslations("venues.map");
  if (venues.length === 0) return <p className="text-stone-600">{t("empty")}</p>;
  return (
    <ul className="space-y-3" data-testid="venue-list">
      {venues.map((venue) => (
        <Card as="li" variant="outlined" key={venue.id}>
          <h3 className="text-base font-semibold">
            <Link href={`/venues/${venue.id}`} className="text-brand-700 underline underline-offset-2">
              {venue.name}
            </Link>
          </h3>
          <p className="text-sm text-stone-600">
            {t(`kinds.${venue.kind}`)} · {venue.unitName}
          </p>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            {venue.address && (
              <>
                <dt className="text-stone-600">{t("address")}</dt>
                <dd>{venue.address}</dd>
              </>
            )}
            {venue.capacity !== null && (
              <>
                <dt className="text-stone-600">{t("capacity")}</dt>
                <dd>{t("capacityValue", { count: venue.capacity })}</dd>
              </>
            )}
            <dt className="text-stone-600">{t("quantity")}</dt>
            <dd>{t("quantityValue", { count: venue.quantity })}</dd>
            {venue.contactPhone && (
              <>
                <dt className="text-stone-600">{t("phone")}</dt>
                <dd>
                  <a
                    href={`tel:${venue.contactPhone.replace(/[^\d+]/g, "")}`}
                    className="text-brand-700 underline"
                  >
                    {venue.contactPhone}
                  </a>
                </dd>
              </>
            )}
          </dl>
          {venue.latitude === null || venue.longitude === null ? (
            <p className="mt-2 text-xs text-stone-500">{t("noCoordinates")}</p>
          ) : (
            <div className="mt-2">
              <ShowOnMapButton venueId={venue.id} label={t("showOnMap")} />
            </div>
          )}
        </Card>
      ))}
    </ul>
  );
}
