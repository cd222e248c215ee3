// Where the venue maps get their background tiles, read on the server from the environment:
//   MAP_TILES = amap (default) | tianditu | osm | none
//   MAP_TIANDITU_KEY = the 天地图 browser key (tianditu only; without it there are no tiles)
//   MAP_TILE_URL = a custom Leaflet URL template, which wins over MAP_TILES ("none" = no tiles)
//   MAP_TILE_ATTRIBUTION, MAP_TILE_SUBDOMAINS, MAP_TILE_COORDS = wgs84 | gcj02 (custom only)
// 高德 is the default: it is reachable everywhere in mainland China, what people here know, and
// needs no key; its tiles are drawn in GCJ-02, so every preset names its coordinate system and
// the maps convert the stored WGS-84 positions (lib/venues/map/coords.ts).
import type { CoordSystem } from "./coords";

export const tilePresets = ["amap", "tianditu", "osm", "none"] as const;
export type TilePreset = (typeof tilePresets)[number] | "custom";

/** One Leaflet tile layer; `{s}` in the URL takes each character of `subdomains` in turn. */
export type TileLayerSpec = { url: string; subdomains: string };

/** Plain data, passed from the server pages to the client maps. */
export type MapTiles = {
  preset: TilePreset;
  layers: TileLayerSpec[];
  /** HTML set by the operator or the preset (never user input): Leaflet renders it as HTML. */
  attribution: string;
  coords: CoordSystem;
  maxZoom: number;
};

export const defaultTilePreset = "amap";

const noTiles: MapTiles = { preset: "none", layers: [], attribution: "", coords: "wgs84", maxZoom: 19 };

function tiandituLayer(layer: "vec" | "cva", key: string): TileLayerSpec {
  const query = `SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}`;
  return {
    url: `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?${query}&tk=${encodeURIComponent(key)}`,
    subdomains: "01234567",
  };
}

function preset(name: string, env: Env): MapTiles {
  switch (name) {
    case "none":
      return noTiles;
    case "osm":
      return {
        preset: "osm",
        layers: [{ url: "https://tile.openstreetmap.org/{z}/{x}/{y}.png", subdomains: "" }],
        attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
        coords: "wgs84",
        maxZoom: 19,
      };
    case "tianditu": {
      const key = env.MAP_TIANDITU_KEY?.trim();
      if (!key) return noTiles;
      // Vector streets plus the Chinese labels, which 天地图 serves as a separate layer.
      return {
        preset: "tianditu",
        layers: [tiandituLayer("vec", key), tiandituLayer("cva", key)],
        attribution: '&copy; <a href="https://www.tianditu.gov.cn/">天地图</a>',
        coords: "wgs84",
        maxZoom: 18,
      };
    }
    default:
      return {
        preset: "amap",
        layers: [
          {
            url: "https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}",
            subdomains: "1234",
          },
        ],
        attribution: '&copy; <a href="https://www.amap.com/">高德地图</a>',
        coords: "gcj02",
        maxZoom: 18,
      };
  }
}

type Env = Readonly<Record<string, string | undefined>>;

export function mapTiles(env: Env = process.env): MapTiles {
  const url = env.MAP_TILE_URL?.trim() ?? "";
  if (url.toLowerCase() === "none") return noTiles;
  if (url) {
    return {
      preset: "custom",
      layers: [{ url, subdomains: env.MAP_TILE_SUBDOMAINS?.trim() || "abc" }],
      attribution: env.MAP_TILE_ATTRIBUTION ?? "",
      coords: env.MAP_TILE_COORDS?.trim().toLowerCase() === "gcj02" ? "gcj02" : "wgs84",
      maxZoom: 19,
    };
  }
  const name = env.MAP_TILES?.trim().toLowerCase() ?? "";
  return preset((tilePresets as readonly string[]).includes(name) ? name : defaultTilePreset, env);
}

/**
 * The origins the browser fetches tiles from, for the Content-Security-Policy (img-src). A
 * relative custom URL is the site's own origin and adds nothing.
 */
export function tileOrigins(tiles: MapTiles = mapTiles()): string[] {
  const origins = new Set<string>();
  for (const layer of tiles.layers) {
    for (const sub of layer.url.includes("{s}") ? [...layer.subdomains] : [""]) {
      const host = layer.url.replace("{s}", sub).replace(/[?#].*$/, "");
      if (!/^https?:\/\//i.test(host)) continue;
      try {
        origins.add(new URL(host.replace(/[{}]/g, "")).origin);
      } catch {
        // A template Leaflet can use but URL cannot parse: nothing to allow for it.
      }
    }
  }
  return [...origins];
}
