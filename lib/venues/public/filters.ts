import { VenueKind } from "@/lib/generated/prisma/enums";
import { parseBeijingLocalInput } from "@/lib/core/time/beijing";
import { single, type ListPage } from "@/lib/core/site/list-query";
import { durationChoices, type FreeAtWindow } from "./free-at";

// The map's query string (a GET form, so it works without JavaScript). Anything invalid is
// ignored rather than refused: a bad link still shows the full list.

const defaultDuration = 60;

export const venueKinds = Object.values(VenueKind) as VenueKind[];

export type VenueMapFilters = {
  kind: VenueKind | null;
  date: string;
  time: string;
  duration: number;
  freeAt: FreeAtWindow | null;
};

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export function parseVenueMapFilters(params: Params): VenueMapFilters {
  const kindValue = first(params.kind);
  const kind = venueKinds.includes(kindValue as VenueKind) ? (kindValue as VenueKind) : null;
  const date = first(params.date).trim();
  const time = first(params.time).trim();
  const durationValue = Number(first(params.duration));
  const duration = (durationChoices as readonly number[]).includes(durationValue)
    ? durationValue
    : defaultDuration;
  const start = date && time ? parseBeijingLocalInput(`${date}T${time}`) : null;
  const freeAt = start ? { start, end: new Date(start.getTime() + duration * 60_000) } : null;
  return { kind, date: freeAt ? date : "", time: freeAt ? time : "", duration, freeAt };
}

/**
 * `/venues` as proxy.ts routes it (lib/core/site/list-query.ts): the kind is cached
 * (`venues/_f/[...filter]`); "free at" is a time window, changes with every booking and has no
 * bound on its values, so it is rendered per request (`venues/_search`). A duration without a
 * window does nothing and is dropped, as is the default one.
 */
export const venuesList: ListPage = {
  path: "/venues",
  cachedRoot: "/venues/_f",
  searchRoute: "/venues/_search",
  cachedKeys: ["kind"],
  canonical(params) {
    const filters = parseVenueMapFilters({
      kind: single(params, "kind"),
      date: single(params, "date"),
      time: single(params, "time"),
      duration: single(params, "duration"),
    });
    const pairs: [string, string][] = [];
    if (filters.kind) pairs.push(["kind", filters.kind]);
    if (filters.freeAt) {
      pairs.push(["date", filters.date], ["time", filters.time]);
      if (filters.duration !== defaultDuration) pairs.push(["duration", String(filters.duration)]);
    }
    return pairs;
  },
};

/**
 * A venue id from the URL, or null when it is not a positive integer written without leading
 * zeros: `/venues/007` is not a second address of venue 7 (nor a second cache entry).
 */
export function parseVenueId(value: string): number | null {
  return /^[1-9]\d{0,8}$/.test(value) ? Number(value) : null;
}
