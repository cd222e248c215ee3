// One way to start a Leaflet map for the venue map and the position picker: the configured
// tile layers (lib/venues/map/tiles.ts), the provider's attribution without Leaflet's prefix
// (a link and a national flag nobody here needs to see), and a callback when tiles fail, so the
// page can say so while the markers stay usable on a plain background.
import type * as Leaflet from "leaflet";
import type { MapTiles } from "@/lib/venues/map/tiles";

export function createMap(
  L: typeof Leaflet,
  element: HTMLElement,
  tiles: MapTiles,
  options: Leaflet.MapOptions,
  onTileError: () => void,
): Leaflet.Map {
  const map = L.map(element, { ...options, attributionControl: false, maxZoom: tiles.maxZoom });
  if (tiles.attribution) L.control.attribution({ prefix: false }).addTo(map);
  for (const layer of tiles.layers) {
    L.tileLayer(layer.url, {
      attribution: tiles.attribution,
      subdomains: layer.subdomains || "abc",
      maxZoom: tiles.maxZoom,
    })
      .on("tileerror", onTileError)
      .addTo(map);
  }
  return map;
}
