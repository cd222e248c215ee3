import { describe, expect, it } from "vitest";
import { formatPoint, mapLink, toMapPoint } from "./map-point";

describe("toMapPoint", () => {
  it("reads decimal-like values as numbers", () => {
    expect(toMapPoint({ toString: () => "32.191264" }, { toString: () => "119.432718" })).toEqual({
      latitude: 32.191264,
      longitude: 119.432718,
    });
  });

  it("is null without either coordinate", () => {
    expect(toMapPoint(null, 119.4)).toBeNull();
    expect(toMapPoint(32.1, null)).toBeNull();
  });
});

describe("mapLink", () => {
  it("opens the WGS-84 point in 高德 with the name, longitude first", () => {
    const url = new URL(mapLink({ latitude: 32.191264, longitude: 119.432718 }, "朝阳社区"));
    expect(url.origin).toBe("https://uri.amap.com");
    expect(url.searchParams.get("position")).toBe("119.432718,32.191264");
    expect(url.searchParams.get("coordinate")).toBe("wgs84");
    expect(url.searchParams.get("name")).toBe("朝阳社区");
  });
});

describe("formatPoint", () => {
  it("shows four decimals with hemispheres", () => {
    expect(formatPoint({ latitude: 32.191264, longitude: 119.432718 })).toBe("32.1913°N, 119.4327°E");
  });
});
