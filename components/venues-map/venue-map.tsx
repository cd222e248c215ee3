"use client";

import "leaflet/dist/leaflet.css";
import { useEffect, useRef } from "react";

// The interactive map beside the list. Leaflet touches `window` when imported, so it is
// loaded in the effect. Markers are circle markers (SVG, no image files) so they show even
// when no tiles can be fetched: the map then is a plain background with positions on it.

export type MapVenue = { id: number; name: string; kind: string; latitude: number; longitude: number };

type Props = {
  venues: MapVenue[];
  /** A Leaflet tile URL template, or null for no tiles. */
  tileUrl: string | null;
  attribution: string;
  label: string;
  viewLabel: string;
};

// Runzhou District, Zhenjiang: where the map opens when no venue has a position.
const defaultCenter: [number, number] = [32.2, 119.43];

// Built as DOM nodes, not HTML strings: venue names are user input.
function popupContent(group: MapVenue[], viewLabel: string): HTMLElement {
  const list = document.createElement("ul");
  list.style.margin = "0";
  list.style.padding = "0";
  list.style.listStyle = "none";
  for (const venue of group) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = `/venues/${venue.id}`;
    link.textContent = venue.name;
    link.title = viewLabel;
    const kind = document.createElement("div");
    kind.textContent = venue.kind;
    item.append(link, kind);
    list.append(item);
  }
  return list;
}

export function VenueMap({ venues, tileUrl, attribution, label, viewLabel }: Props) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let disposed = false;
    let map: import("leaflet").Map | null = null;
    void import("leaflet").then((L) => {
      if (disposed || !container.current) return;
      map = L.map(container.current, { scrollWheelZoom: false }).setView(defaultCenter, 13);
      if (tileUrl) L.tileLayer(tileUrl, { attribution, maxZoom: 19 }).addTo(map);
      // Venues of one unit often share an address: one marker per position, listing them all.
      const groups = new Map<string, MapVenue[]>();
      for (const venue of venues) {
        const key = `${venue.latitude},${venue.longitude}`;
        groups.set(key, [...(groups.get(key) ?? []), venue]);
      }
      const points: [number, number][] = [];
      for (const group of groups.values()) {
        const point: [number, number] = [group[0]!.latitude, group[0]!.longitude];
        points.push(point);
        L.circleMarker(point, {
          radius: 9,
          color: "#9f1239",
          weight: 2,
          fillColor: "#e11d48",
          fillOpacity: 0.85,
        })
          .bindPopup(popupContent(group, viewLabel))
          .bindTooltip(group.map((venue) => venue.name).join(" / "))
          .addTo(map);
      }
      if (points.length > 1) map.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 15 });
      else if (points.length === 1) map.setView(points[0]!, 15);
    });
    return () => {
      disposed = true;
      map?.remove();
    };
  }, [venues, tileUrl, attribution, viewLabel]);

  return (
    <div
      ref={container}
      role="region"
      aria-label={label}
      data-testid="venue-map"
      className="h-[50vh] min-h-64 w-full rounded-lg border border-stone-200 bg-stone-100 lg:h-[70vh]"
    />
  );
}
