"use client";

import "leaflet/dist/leaflet.css";
import { useEffect, useRef } from "react";

// Picking a venue's position on the map: a click (or a tap) moves the marker and writes the
// latitude and longitude fields of the same form, which stay editable by hand (and are the
// only way without JavaScript). Without tiles the map is a plain background, still clickable.

type Props = {
  tileUrl: string | null;
  attribution: string;
  label: string;
};

const defaultCenter: [number, number] = [32.2, 119.43];

function readPosition(form: HTMLFormElement | null): [number, number] | null {
  const lat = Number((form?.elements.namedItem("latitude") as HTMLInputElement | null)?.value);
  const lng = Number((form?.elements.namedItem("longitude") as HTMLInputElement | null)?.value);
  return Number.isFinite(lat) && Number.isFinite(lng) && lat !== 0 && lng !== 0 ? [lat, lng] : null;
}

function writePosition(form: HTMLFormElement | null, lat: number, lng: number) {
  for (const [name, value] of [
    ["latitude", lat],
    ["longitude", lng],
  ] as const) {
    const input = form?.elements.namedItem(name) as HTMLInputElement | null;
    if (input) input.value = value.toFixed(6);
  }
}

export function PositionPicker({ tileUrl, attribution, label }: Props) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let disposed = false;
    let map: import("leaflet").Map | null = null;
    void import("leaflet").then((L) => {
      if (disposed || !container.current) return;
      const form = container.current.closest("form");
      const start = readPosition(form);
      map = L.map(container.current).setView(start ?? defaultCenter, start ? 16 : 13);
      if (tileUrl) L.tileLayer(tileUrl, { attribution, maxZoom: 19 }).addTo(map);
      const marker = L.circleMarker(start ?? defaultCenter, {
        radius: 9,
        color: "#9f1239",
        weight: 2,
        fillColor: "#e11d48",
        fillOpacity: start ? 0.85 : 0,
        opacity: start ? 1 : 0,
      }).addTo(map);
      map.on("click", (event) => {
        marker.setLatLng(event.latlng).setStyle({ opacity: 1, fillOpacity: 0.85 });
        writePosition(form, event.latlng.lat, event.latlng.lng);
      });
    });
    return () => {
      disposed = true;
      map?.remove();
    };
  }, [tileUrl, attribution]);

  return (
    <div
      ref={container}
      role="application"
      aria-label={label}
      data-testid="position-picker"
      className="h-64 w-full rounded border border-stone-300 bg-stone-100"
    />
  );
}
