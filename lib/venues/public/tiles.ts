// The map's tile source, read on the server from MAP_TILE_URL: unset = OpenStreetMap, "none" =
// no tiles (markers on a plain background), anything else = that URL template.

export const defaultTileUrl = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
const osmAttribution = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';

export function mapTileSource(setting: string | undefined): { url: string | null; attribution: string } {
  const value = setting?.trim() ?? "";
  if (value.toLowerCase() === "none") return { url: null, attribution: "" };
  if (!value) return { url: defaultTileUrl, attribution: osmAttribution };
  return {
    url: value,
    attribution: value === defaultTileUrl ? osmAttribution : (process.env.MAP_TILE_ATTRIBUTION ?? ""),
  };
}
