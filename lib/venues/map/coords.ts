// WGS-84 ⇄ GCJ-02. Venues are stored in WGS-84 (GPS, OpenStreetMap, 天地图); maps published in
// mainland China under the GCJ-02 rule (高德) draw the same street a few hundred metres away, so
// positions are moved into the map's system to draw them and moved back when one is picked.
// The forward formula is the public one (Krasovsky ellipsoid); the inverse is found by
// iteration, which converges to well under a centimetre in a few steps.

export type CoordSystem = "wgs84" | "gcj02";
export type LatLng = { lat: number; lng: number };

const semiMajorAxis = 6378245.0;
const eccentricitySquared = 0.00669342162296594323;

/** GCJ-02 only shifts points in mainland China (a rough box, as every implementation uses). */
export function outsideChina({ lat, lng }: LatLng): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function shiftLat(x: number, y: number): number {
  let value = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  value += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  value += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  value += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return value;
}

function shiftLng(x: number, y: number): number {
  let value = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  value += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  value += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  value += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return value;
}

export function wgs84ToGcj02(point: LatLng): LatLng {
  if (outsideChina(point)) return point;
  const x = point.lng - 105;
  const y = point.lat - 35;
  const radLat = (point.lat / 180) * Math.PI;
  const magic = 1 - eccentricitySquared * Math.sin(radLat) ** 2;
  const sqrtMagic = Math.sqrt(magic);
  const dLat =
    (shiftLat(x, y) * 180) / (((semiMajorAxis * (1 - eccentricitySquared)) / (magic * sqrtMagic)) * Math.PI);
  const dLng = (shiftLng(x, y) * 180) / ((semiMajorAxis / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return { lat: point.lat + dLat, lng: point.lng + dLng };
}

export function gcj02ToWgs84(point: LatLng): LatLng {
  if (outsideChina(point)) return point;
  let guess = point;
  for (let step = 0; step < 10; step++) {
    const shifted = wgs84ToGcj02(guess);
    const dLat = shifted.lat - point.lat;
    const dLng = shifted.lng - point.lng;
    guess = { lat: guess.lat - dLat, lng: guess.lng - dLng };
    if (Math.abs(dLat) < 1e-9 && Math.abs(dLng) < 1e-9) break;
  }
  return guess;
}

/** A stored (WGS-84) position as drawn on a map in `system`. */
export function toMapCoords(system: CoordSystem, point: LatLng): LatLng {
  return system === "gcj02" ? wgs84ToGcj02(point) : point;
}

/** A position picked on a map in `system`, as stored (WGS-84). */
export function fromMapCoords(system: CoordSystem, point: LatLng): LatLng {
  return system === "gcj02" ? gcj02ToWgs84(point) : point;
}
