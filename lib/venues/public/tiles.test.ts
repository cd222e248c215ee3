import { describe, expect, it } from "vitest";
import { defaultTileUrl, mapTileSource } from "./tiles";

describe("mapTileSource", () => {
  it("defaults to OpenStreetMap with attribution", () => {
    const source = mapTileSource(undefined);
    expect(source.url).toBe(defaultTileUrl);
    expect(source.attribution).toContain("OpenStreetMap");
  });
  it("turns tiles off with none", () => {
    expect(mapTileSource(" NONE ").url).toBeNull();
  });
  it("uses a configured template", () => {
    expect(mapTileSource("https://tiles.example/{z}/{x}/{y}.png").url).toBe(
      "https://tiles.example/{z}/{x}/{y}.png",
    );
  });
});
