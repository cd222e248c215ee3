"use client";

import "leaflet/dist/leaflet.css";
import { useEffect, useRef, useState } from "react";
import { fromMapCoords, toMapCoords } from "@/lib/venues/map/coords";
import type { MapTiles } from "@/lib/venues/map/tiles";
import { createMap } from "@/components/venues/map/leaflet-map";

// Picking a venue's position on the map: a click (or a tap) moves the marker and writes the
// latitude and longitude fields of the same form, which stay editable by hand (the keyboard's
// and the no-JavaScript way); typing in them moves the marker. The fields hold WGS-84, as
// stored; on a GCJ-02 map (高德) the marker is drawn converted and a pick is converted back.
// Without tiles the map is a plain background, still clickable.

type Props = {
  tiles: MapTiles;
  label: string;
  noTilesNotice: string;
  tilesFailedNotice: string;
};

const defaultCenter: [number, number] = [32.2, 119.43];

function field(form: HTMLFormElement | null, name: string): HTMLInputElement | null {
  return form?.elements.namedItem(name) as HTMLInputElement | null;
}

/** The fields' position (WGS-84), or null when blank or not a number. */
function readPosition(form: HTMLFormElement | null): { lat: number; lng: number } | null {
  const lat = Number(field(form, "latitude")?.value);
  const lng = Number(field(form, "longitude")?.value);
  return Number.isFinite(lat) && Number.isFinite(lng) && lat !== 0 && lng !== 0 ? { lat, lng } : null;
}

function writePosition(form: HTMLFormElement | null, { lat, lng }: { lat: number; lng: number }) {
  const latitude = field(form, "latitude");
  const longitude = field(form, "longitude");
  if (latitude) latitude.value = lat.toFixed(6);
  if (longitude) longitude.value = lng.toFixed(6);
}

export function PositionPicker({ tiles, label, noTilesNotice, tilesFailedNotice }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [tilesFailed, setTilesFailed] = useState(false);

  useEffect(() => {
    let disposed = false;
    let map: import("leaflet").Map | null = null;
    const form = container.current?.closest("form") ?? null;
    let onTyped: (() => void) | null = null;
    void import("leaflet").then((L) => {
      if (disposed || !container.current) return;
      const stored = readPosition(form);
      const start = stored ? toMapCoords(tiles.coords, stored) : null;
      map = createMap(L, container.current, tiles, {}, () => setTilesFailed(true));
      map.setView(start ?? defaultCenter, start ? 16 : 13);
      const marker = L.circleMarker(start ?? defaultCenter, {
        radius: 9,
        color: "#9f1239",
        weight: 2,
        fillColor: "#e11d48",
        fillOpacity: start ? 0.85 : 0,
        opacity: start ? 1 : 0,
      }).addTo(map);
      const place = (point: { lat: number; lng: number }) =>
        marker.setLatLng(point).setStyle({ opacity: 1, fillOpacity: 0.85 });
      map.on("click", (event) => {
        place(event.latlng);
        writePosition(form, fromMapCoords(tiles.coords, event.latlng));
      });
      onTyped = () => {
        const typed = readPosition(form);
        if (typed) place(toMapCoords(tiles.coords, typed));
      };
      form?.addEventListener("input", onTyped);
    });
    return () => {
      disposed = true;
      if (onTyped) form?.removeEventListener("input", onTyped);
      map?.remove();
    };
  }, [tiles]);

  const notice = tiles.layers.length === 0 ? noTilesNotice : tilesFailed ? tilesFailedNotice : null;
  return (
    <div>
      <div
        ref={container}
        role="application"
        aria-label={label}
        data-testid="position-picker"
        className="h-64 w-full rounded border border-stone-300 bg-stone-100"
      />
      <p role="status" className="mt-1 text-sm text-stone-600">
        {notice}
      </p>
    </div>
  );
}
