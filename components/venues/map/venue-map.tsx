"use client";

import "leaflet/dist/leaflet.css";
import { useEffect, useRef, useState } from "react";
import { toMapCoords } from "@/lib/venues/map/coords";
import type { MapTiles } from "@/lib/venues/map/tiles";
import { createMap } from "./leaflet-map";
import { showOnMapEvent } from "./show-on-map";
import { venueMarker, type MapVenue } from "./venue-marker";

export type { MapVenue } from "./venue-marker";

// The interactive map beside the list. Leaflet touches `window` when imported, so it is
// loaded in the effect. Markers are plain elements (no image files), so they show even when no
// tiles can be fetched: the map then is a plain background with positions on it. Positions are
// stored in WGS-84 and drawn in the tiles' coordinate system.

type Props = {
  venues: MapVenue[];
  tiles: MapTiles;
  label: string;
  viewLabel: string;
  /** Shown under the map when no tiles are configured, or when they fail to load. */
  noTilesNotice: string;
  tilesFailedNotice: string;
};

// Runzhou District, Zhenjiang: where the map opens when no venue has a position.
const defaultCenter: [number, number] = [32.2, 119.43];

export function VenueMap({ venues, tiles, label, viewLabel, noTilesNotice, tilesFailedNotice }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [tilesFailed, setTilesFailed] = useState(false);

  useEffect(() => {
    let disposed = false;
    let map: import("leaflet").Map | null = null;
    const markers = new Map<number, import("leaflet").Marker>();
    const show = (event: Event) => {
      const marker = markers.get((event as CustomEvent<number>).detail);
      if (!map || !marker) return;
      map.setView(marker.getLatLng(), Math.max(map.getZoom(), 15));
      container.current?.scrollIntoView({ block: "nearest" });
      marker.getElement()?.focus();
    };
    window.addEventListener(showOnMapEvent, show);
    void import("leaflet").then((L) => {
      if (disposed || !container.current) return;
      map = createMap(L, container.current, tiles, { scrollWheelZoom: false }, () => setTilesFailed(true));
      map.setView(defaultCenter, 13);
      // Venues of one unit often share an address: one marker per position, listing them all.
      const groups = new Map<string, MapVenue[]>();
      for (const venue of venues) {
        const key = `${venue.latitude},${venue.longitude}`;
        groups.set(key, [...(groups.get(key) ?? []), venue]);
      }
      const points: [number, number][] = [];
      for (const group of groups.values()) {
        const { lat, lng } = toMapCoords(tiles.coords, { lat: group[0]!.latitude, lng: group[0]!.longitude });
        points.push([lat, lng]);
        const marker = venueMarker(L, group, [lat, lng], viewLabel).addTo(map);
        for (const venue of group) markers.set(venue.id, marker);
      }
      if (points.length > 1) map.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 15 });
      else if (points.length === 1) map.setView(points[0]!, 15);
    });
    return () => {
      disposed = true;
      window.removeEventListener(showOnMapEvent, show);
      map?.remove();
    };
  }, [venues, tiles, viewLabel]);

  const notice = tiles.layers.length === 0 ? noTilesNotice : tilesFailed ? tilesFailedNotice : null;
  return (
    <>
      <div
        ref={container}
        role="region"
        aria-label={label}
        data-testid="venue-map"
        className="h-[50vh] min-h-64 w-full rounded-lg border border-stone-200 bg-stone-100 lg:h-[70vh]"
      />
      <p role="status" className="mt-1 text-sm text-stone-600" data-testid="map-notice">
        {notice}
      </p>
    </>
  );
}
