import { describe, expect, it } from "vitest";
import { fromMapCoords, gcj02ToWgs84, toMapCoords, wgs84ToGcj02, type LatLng } from "./coords";

/** Great-circle distance in metres. */
function metres(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.sqrt(h));
}

// Published reference pairs (WGS-84 → GCJ-02) used by the eviltransform implementations.
const references: Array<[string, LatLng, LatLng]> = [
  ["Shanghai", { lat: 31.1774276, lng: 121.5272106 }, { lat: 31.17530398364597, lng: 121.531541859215 }],
  ["Shenzhen", { lat: 22.543847, lng: 113.912316 }, { lat: 22.540796131694766, lng: 113.9171764808363 }],
  ["Beijing", { lat: 39.911954, lng: 116.377817 }, { lat: 39.91334545536069, lng: 116.38404722455657 }],
];

// Runzhou District, Zhenjiang: where the portal's venues are.
const runzhou: LatLng = { lat: 32.2, lng: 119.43 };

describe("wgs84ToGcj02", () => {
  it.each(references)("matches the reference point in %s to within 10 cm", (_, wgs, gcj) => {
    expect(metres(wgs84ToGcj02(wgs), gcj)).toBeLessThan(0.1);
  });

  it("moves a point in Zhenjiang by a few hundred metres", () => {
    const distance = metres(runzhou, wgs84ToGcj02(runzhou));
    expect(distance).toBeGreaterThan(100);
    expect(distance).toBeLessThan(1000);
  });

  it("leaves points outside China where they are", () => {
    for (const point of [
      { lat: 51.5007, lng: -0.1246 },
      { lat: 35.6586, lng: 139.7454 },
      { lat: -33.8568, lng: 151.2153 },
    ]) {
      expect(wgs84ToGcj02(point)).toEqual(point);
      expect(gcj02ToWgs84(point)).toEqual(point);
    }
  });
});

describe("gcj02ToWgs84", () => {
  it.each(references)("turns the %s reference back to its WGS-84 point within 1 m", (_, wgs, gcj) => {
    expect(metres(gcj02ToWgs84(gcj), wgs)).toBeLessThan(1);
  });

  it("round-trips points across China within a centimetre", () => {
    for (const point of [
      runzhou,
      { lat: 45.75, lng: 126.63 },
      { lat: 29.65, lng: 91.13 },
      { lat: 18.25, lng: 109.5 },
    ]) {
      expect(metres(gcj02ToWgs84(wgs84ToGcj02(point)), point)).toBeLessThan(0.01);
    }
  });
});

describe("toMapCoords / fromMapCoords", () => {
  it("converts only for a GCJ-02 map", () => {
    expect(toMapCoords("wgs84", runzhou)).toEqual(runzhou);
    expect(fromMapCoords("wgs84", runzhou)).toEqual(runzhou);
    expect(toMapCoords("gcj02", runzhou)).toEqual(wgs84ToGcj02(runzhou));
    expect(metres(fromMapCoords("gcj02", toMapCoords("gcj02", runzhou)), runzhou)).toBeLessThan(0.01);
  });
});
