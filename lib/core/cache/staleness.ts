/**
 * The rules of the shared page cache (lib/core/cache/handler.ts) that need no Next.js and no
 * database: which rendered results are kept, which tags an entry carries, how big it is, and
 * when a revalidated tag makes an entry stale.
 *
 * Times are this process's clock (Date.now()): an entry's lastModified is when this process
 * stored it, and a tag's time is when this process learned of its revalidation (its own
 * revalidateTag call, or a notification from another instance). Comparing two readings of one
 * clock needs no synchronised clocks between machines.
 */

/** The header in which Next lists a rendered page's tags, implicit `_N_T_/…` path tags included. */
const tagsHeader = "x-next-cache-tags";

/** The parts of Next's IncrementalCacheValue this module reads. */
export type CachedValue = {
  kind: string;
  status?: number;
  headers?: Record<string, unknown>;
  html?: unknown;
  rscData?: { byteLength: number };
  segmentData?: Map<string, { byteLength: number }>;
  body?: { byteLength: number };
  data?: unknown;
};

const responseKinds = new Set(["APP_PAGE", "APP_ROUTE", "PAGES"]);

/**
 * Only successful pages, route responses and fetch results are kept. A 404 (an unknown id, a
 * junk address), an error or a redirect is rendered again each time instead: otherwise every
 * address a crawler invents would take a place in memory and push real pages out.
 */
export function isCacheable(value: CachedValue | null | undefined): value is CachedValue {
  if (!value) return false;
  if (value.kind === "FETCH") return true;
  if (!responseKinds.has(value.kind)) return false;
  return value.status === undefined || (value.status >= 200 && value.status < 300);
}

/** The tags stored with an entry: a response's tags header, or a fetch's own tags. */
export function tagsOf(value: CachedValue, fetchTags: readonly string[] = []): string[] {
  if (value.kind === "FETCH") return [...fetchTags];
  const header = value.headers?.[tagsHeader];
  return typeof header === "string" && header ? header.split(",") : [];
}

/** Roughly the memory an entry holds, for the cache's byte limit. */
export function sizeOf(value: CachedValue): number {
  let bytes = 0;
  if (typeof value.html === "string") bytes += value.html.length;
  if (value.rscData) bytes += value.rscData.byteLength;
  if (value.body) bytes += value.body.byteLength;
  for (const segment of value.segmentData?.values() ?? []) bytes += segment.byteLength;
  if (value.kind === "FETCH") bytes += JSON.stringify(value.data ?? null).length;
  return bytes + 1_024; // headers, keys and bookkeeping
}

/**
 * When each tag was last revalidated. An entry is stale when one of its tags was revalidated
 * at or after the moment the entry was stored: its page was rendered before the change.
 * Only the newest `maxTags` tags are remembered; forgetting older ones raises `floor`, and
 * every entry stored at or before the floor counts as stale (an extra render, never a stale
 * page).
 */
export class TagRevalidations {
  private readonly times = new Map<string, number>();
  private floor = -Infinity;

  constructor(private readonly maxTags = 5_000) {}

  revalidate(tags: readonly string[], at: number): void {
    for (const tag of tags) {
      this.times.delete(tag); // re-inserted last: the map stays ordered by time
      this.times.set(tag, at);
    }
    while (this.times.size > this.maxTags) {
      const [oldest, time] = this.times.entries().next().value ?? [];
      if (oldest === undefined || time === undefined) break;
      this.times.delete(oldest);
      this.floor = Math.max(this.floor, time);
    }
  }

  /** Everything stored up to `at` is stale (after missing notifications, with no way to tell which). */
  revalidateAll(at: number): void {
    this.times.clear();
    this.floor = Math.max(this.floor, at);
  }

  isStale(tags: readonly string[], storedAt: number): boolean {
    if (storedAt <= this.floor) return true;
    return tags.some((tag) => (this.times.get(tag) ?? -Infinity) >= storedAt);
  }
}
