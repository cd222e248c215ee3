// A map marker for the venues at one position, built from DOM nodes: venue names are user
// input and Leaflet's tooltips, popups and divIcons parse strings as HTML.
import type * as Leaflet from "leaflet";

export type MapVenue = { id: number; name: string; kind: string; latitude: number; longitude: number };

/** Names a marker element by its venues, so the list can find it (show-on-map.tsx). */
export const markerIdsAttribute = "data-venue-ids";

function popupContent(group: MapVenue[], viewLabel: string): HTMLElement {
  const list = document.createElement("ul");
  list.className = "m-0 list-none space-y-2 p-0";
  for (const venue of group) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = `/venues/${venue.id}`;
    link.textContent = venue.name;
    link.title = viewLabel;
    link.className = "inline-block min-h-6 font-semibold";
    const kind = document.createElement("div");
    kind.textContent = venue.kind;
    item.append(link, kind);
    list.append(item);
  }
  return list;
}

function text(value: string, className?: string): HTMLElement {
  const span = document.createElement("span");
  span.textContent = value;
  if (className) span.className = className;
  return span;
}

/**
 * A focusable marker (Leaflet gives a keyboard marker tabindex=0 and role=button): its name is
 * the venues' names, its tooltip shows them on hover and focus, Enter opens the popup with the
 * links and moves focus into it, Escape there returns to the marker.
 */
export function venueMarker(
  L: typeof Leaflet,
  group: MapVenue[],
  point: Leaflet.LatLngExpression,
  viewLabel: string,
): Leaflet.Marker {
  const names = group.map((venue) => venue.name).join(" / ");
  const icon = L.divIcon({
    html: text(names, "sr-only"),
    className:
      "rounded-full border-2 border-white bg-rose-600 shadow-md ring-1 ring-rose-900 focus-visible:outline-3 focus-visible:outline-brand-700",
    iconSize: [28, 28],
    iconAnchor: [14, 14],
    popupAnchor: [0, -14],
    tooltipAnchor: [14, 0],
  });
  const marker = L.marker(point, { icon, keyboard: true, riseOnHover: true })
    .bindPopup(popupContent(group, viewLabel))
    .bindTooltip(text(names), { direction: "right" });
  marker.on("add", () =>
    marker.getElement()?.setAttribute(markerIdsAttribute, group.map((v) => v.id).join(" ")),
  );
  marker.on("keypress", (event: Leaflet.LeafletKeyboardEvent) => {
    if (event.originalEvent.key !== "Enter") return;
    const popup = marker.getPopup()?.getElement();
    popup?.querySelector<HTMLAnchorElement>("ul a")?.focus();
  });
  // The popup's element is made on first opening and kept: wire Escape once.
  marker.once("popupopen", () => {
    marker
      .getPopup()
      ?.getElement()
      ?.addEventListener("keydown", (event) => {
        if (event.key !== "Escape") return;
        marker.closePopup();
        marker.getElement()?.focus();
      });
  });
  return marker;
}
