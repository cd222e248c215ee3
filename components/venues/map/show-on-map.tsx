"use client";

import { markerIdsAttribute } from "./venue-marker";

/** Asks the venue map (venue-map.tsx) to bring a venue's marker into view and focus it. */
export const showOnMapEvent = "venue-map:show";

export function ShowOnMapButton({ venueId, label }: { venueId: number; label: string }) {
  return (
    <button
      type="button"
      className="inline-flex min-h-8 items-center rounded px-2 text-sm text-brand-700 underline underline-offset-2"
      onClick={() => {
        // Without JavaScript the map is not there either; without a marker, nothing to show.
        if (!document.querySelector(`[${markerIdsAttribute}~="${venueId}"]`)) return;
        window.dispatchEvent(new CustomEvent(showOnMapEvent, { detail: venueId }));
      }}
    >
      {label}
    </button>
  );
}
