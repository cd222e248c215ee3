import { describe, expect, it } from "vitest";
import { mapTiles, tileOrigins } from "./tiles";

describe("mapTiles", () => {
  it("defaults to 高德 in GCJ-02, which needs no key", () => {
    const tiles = mapTiles({});
    expect(tiles.preset).toBe("amap");
    expect(tiles.coords).toBe("gcj02");
    expect(tiles.layers).toHaveLength(1);
    expect(tiles.attribution).toContain("高德");
  });

  it("falls back to the default for an unknown preset", () => {
    expect(mapTiles({ MAP_TILES: "google" }).preset).toBe("amap");
  });

  it("draws OpenStreetMap in WGS-84 with its attribution", () => {
    const tiles = mapTiles({ MAP_TILES: " OSM " });
    expect(tiles.coords).toBe("wgs84");
    expect(tiles.layers[0]!.url).toBe("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
    expect(tiles.attribution).toContain("OpenStreetMap");
  });

  it("gives 天地图 a vector and a label layer carrying the key, in WGS-84", () => {
    const tiles = mapTiles({ MAP_TILES: "tianditu", MAP_TIANDITU_KEY: "abc&123" });
    expect(tiles.coords).toBe("wgs84");
    expect(tiles.layers.map((layer) => layer.url.match(/\/(\w+)_w\//)?.[1])).toEqual(["vec", "cva"]);
    for (const layer of tiles.layers) expect(layer.url).toContain("tk=abc%26123");
    expect(tiles.attribution).toContain("天地图");
  });

  it("shows no tiles for 天地图 without a key rather than failing tile requests", () => {
    expect(mapTiles({ MAP_TILES: "tianditu" })).toMatchObject({ preset: "none", layers: [] });
  });

  it("turns tiles off with none, in either variable", () => {
    expect(mapTiles({ MAP_TILES: "none" }).layers).toEqual([]);
    expect(mapTiles({ MAP_TILE_URL: " NONE ", MAP_TILES: "osm" }).layers).toEqual([]);
  });

  it("prefers a custom template, with its attribution and coordinate system", () => {
    const tiles = mapTiles({
      MAP_TILES: "osm",
      MAP_TILE_URL: "https://tiles.example/{z}/{x}/{y}.png",
      MAP_TILE_ATTRIBUTION: "Example",
      MAP_TILE_COORDS: "GCJ02",
    });
    expect(tiles).toMatchObject({ preset: "custom", attribution: "Example", coords: "gcj02" });
    expect(tiles.layers[0]!.url).toBe("https://tiles.example/{z}/{x}/{y}.png");
    expect(mapTiles({ MAP_TILE_URL: "https://tiles.example/{z}/{x}/{y}.png" }).coords).toBe("wgs84");
  });
});

describe("tileOrigins", () => {
  it("lists every subdomain a preset fetches from", () => {
    expect(tileOrigins(mapTiles({}))).toEqual([1, 2, 3, 4].map((n) => `https://webrd0${n}.is.autonavi.com`));
    expect(tileOrigins(mapTiles({ MAP_TILES: "tianditu", MAP_TIANDITU_KEY: "k" }))).toHaveLength(8);
    expect(tileOrigins(mapTiles({ MAP_TILES: "osm" }))).toEqual(["https://tile.openstreetmap.org"]);
  });

  it("lists nothing without tiles or for tiles served by the site itself", () => {
    expect(tileOrigins(mapTiles({ MAP_TILES: "none" }))).toEqual([]);
    expect(tileOrigins(mapTiles({ MAP_TILE_URL: "/tiles/{z}/{x}/{y}.png" }))).toEqual([]);
  });

  it("expands a custom template's subdomains", () => {
    expect(tileOrigins(mapTiles({ MAP_TILE_URL: "https://{s}.tiles.example/{z}/{x}/{y}.png" }))).toEqual([
      "https://a.tiles.example",
      "https://b.tiles.example",
      "https://c.tiles.example",
    ]);
  });
});
