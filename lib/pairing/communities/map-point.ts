// Showing a community's map point (WGS-84, as GPS and the venue map store positions). What a
// form accepts as a point (the Zhenjiang box, both or neither) is core/forms/map-point.ts.

export type MapPoint = { latitude: number; longitude: number };

/** Decimal columns (or plain numbers) as a point for the pages, or null when not on the map. */
export function toMapPoint(
  latitude: { toString(): string } | number | null,
  longitude: { toString(): string } | number | null,
): MapPoint | null {
  if (latitude === null || longitude === null) return null;
  return { latitude: Number(latitude.toString()), longitude: Number(longitude.toString()) };
}

/**
 * A link that opens the point in 高德 (what people here know; it opens the app on a phone).
 * Its URI API takes WGS-84 when told so, so no conversion to GCJ-02 is needed here.
 */
export function mapLink(point: MapPoint, name: string): string {
  const query = new URLSearchParams({
    position: `${point.longitude},${point.latitude}`,
    name,
    coordinate: "wgs84",
    callnative: "1",
  });
  return `https://uri.amap.com/marker?${query.toString()}`;
}

/** The point as people read it: "32.1913°N, 119.4327°E" (six decimals are stored, four shown). */
export function formatPoint(point: MapPoint): string {
  const lat = `${Math.abs(point.latitude).toFixed(4)}°${point.latitude >= 0 ? "N" : "S"}`;
  const lng = `${Math.abs(point.longitude).toFixed(4)}°${point.longitude >= 0 ? "E" : "W"}`;
  return `${lat}, ${lng}`;
}
