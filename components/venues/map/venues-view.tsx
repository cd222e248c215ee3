import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { VenueFilterForm } from "@/components/venues/map/venue-filter-form";
import { VenueList } from "@/components/venues/map/venue-list";
import { VenueMap, type MapVenue } from "@/components/venues/map/venue-map";
import type { VenueMapFilters } from "@/lib/venues/public/filters";
import { listPublicVenues } from "@/lib/venues/public/queries";
import { mapTiles } from "@/lib/venues/map/tiles";
import { Card } from "@/components/ui/card";

export async function venuesMetadata(): Promise<Metadata> {
  const t = await getTranslations("venues.map");
  return { title: t("title") };
}

/**
 * The venue map and list, filtered: rendered by the cached routes (all venues, one kind) and,
 * for "free at", per request by venues/_search.
 */
export async function VenuesView({ filters }: { filters: VenueMapFilters }) {
  const t = await getTranslations("venues.map");
  const venues = await listPublicVenues(filters);
  const tiles = mapTiles();
  const onMap: MapVenue[] = venues.flatMap((venue) =>
    venue.latitude === null || venue.longitude === null
      ? []
      : [
          {
            id: venue.id,
            name: venue.name,
            kind: t(`kinds.${venue.kind}`),
            latitude: venue.latitude,
            longitude: venue.longitude,
          },
        ],
  );

  return (
    <div className="space-y-5">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p className="text-stone-700">{t("intro")}</p>
      </header>
      <Card variant="outlined">
        <VenueFilterForm filters={filters} />
      </Card>
      <div className="grid gap-5 lg:grid-cols-[3fr_2fr]">
        <section aria-label={t("mapLabel")} className="lg:sticky lg:top-4 lg:self-start">
          <VenueMap
            venues={onMap}
            tiles={tiles}
            label={t("mapLabel")}
            viewLabel={t("view")}
            noTilesNotice={t("mapNoTiles")}
            tilesFailedNotice={t("mapTilesFailed")}
          />
        </section>
        <section aria-labelledby="venue-list-heading" className="space-y-3">
          <h2 id="venue-list-heading" className="text-lg font-semibold">
            {filters.freeAt
              ? t("freeAtActive", { date: filters.date, time: filters.time, minutes: filters.duration })
              : t("resultCount", { count: venues.length })}
          </h2>
          {filters.freeAt && (
            <p className="text-sm text-stone-600">{t("resultCount", { count: venues.length })}</p>
          )}
          <VenueList venues={venues} />
        </section>
      </div>
    </div>
  );
}
