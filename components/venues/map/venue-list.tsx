import { getTranslations } from "next-intl/server";
import type { PublicVenueListItem } from "@/lib/venues/public/queries";
import { VenueCardList, type VenueCardRow } from "./venue-card-list";

/** The venue list beside the map: each row translated here, rendered by <VenueCardList>. */
export async function VenueList({ venues }: { venues: PublicVenueListItem[] }) {
  const t = await getTranslations("venues.map");
  if (venues.length === 0) return <p className="text-stone-600">{t("empty")}</p>;
  const rows = venues.map((venue): VenueCardRow => ({
    id: venue.id,
    name: venue.name,
    subtitle: `${t(`kinds.${venue.kind}`)} · ${venue.unitName}`,
    address: venue.address || null,
    capacity: venue.capacity === null ? null : t("capacityValue", { count: venue.capacity }),
    quantity: t("quantityValue", { count: venue.quantity }),
    phone: venue.contactPhone || null,
    onMap: venue.latitude !== null && venue.longitude !== null,
  }));
  const labels = {
    address: t("address"),
    capacity: t("capacity"),
    quantity: t("quantity"),
    phone: t("phone"),
    noCoordinates: t("noCoordinates"),
    showOnMap: t("showOnMap"),
  };
  return <VenueCardList labels={labels} rows={rows} />;
}
