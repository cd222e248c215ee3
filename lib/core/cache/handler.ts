import type {
  CacheHandler,
  CacheHandlerContext,
  CacheHandlerValue,
} from "next/dist/server/lib/incremental-cache";
import { LruCache } from "./lru";
import { isCacheable, sizeOf, TagRevalidations, tagsOf, type CachedValue } from "./staleness";
import { TagChannel } from "./tag-channel";

/**
 * Next's incremental cache (ISR pages, route responses) for several app instances behind one
 * PostgreSQL. next.config.ts names it through cache-handler.mjs.
 *
 * Why this shape:
 * - Entries stay in this process's memory, in an LRU bounded by count and bytes, and a cached
 *   page request never touches the database. Storing pages in PostgreSQL would share them but
 *   put a query (and megabytes of traffic) behind every page view, which the cache exists to
 *   avoid; each instance rendering a page once is cheap by comparison.
 * - What must be shared is the revalidations: revalidateTag / revalidatePath (whose implicit
 *   `_N_T_/…` tags are ordinary tags here) on one instance has to reach the others. They travel
 *   through PostgreSQL, which every instance already reaches: a table records tag → time, and
 *   LISTEN/NOTIFY tells the other instances at once (tag-channel.ts), so they drop the entries
 *   within milliseconds. After the LISTEN connection was down, the table tells an instance
 *   what it missed; on its first connect it treats everything stored before as stale.
 * - Staleness is checked when an entry is read (staleness.ts): an entry is stale when one of
 *   its tags was revalidated after it was stored, both times read from this process's clock.
 * - 404s, errors and redirects are not stored, so unknown ids and junk addresses cost a render
 *   each but never memory.
 * - A revalidation with a profile (revalidateTag(tag, "max"), stale-while-revalidate) is
 *   treated like an immediate expiry: the next request renders the page afresh.
 *
 * Next creates a handler object per request; the store below is per process.
 */
const limits = { maxEntries: 1_000, maxBytes: 64 * 1024 * 1024 };

type Entry = {
  value: CachedValue;
  lastModified: number;
  tags: string[];
  cacheControl: CacheHandlerValue["cacheControl"];
};

type Store = {
  entries: LruCache<Entry>;
  revalidations: TagRevalidations;
  /** When each key last missed: its render started after that (see set). */
  missedAt: Map<string, number>;
  channel?: TagChannel;
};

/** Keys whose render never ended in a set (a 404 is not stored) are forgotten past this many. */
const maxMisses = 10_000;

const storeKey = Symbol.for("rz.cache-handler.store");

/** One store per process, whichever copy of this module Next loaded. */
function processStore(): Store {
  const holder = globalThis as { [storeKey]?: Store };
  if (holder[storeKey]) return holder[storeKey];
  const store: Store = {
    entries: new LruCache(limits),
    revalidations: new TagRevalidations(),
    missedAt: new Map(),
  };
  holder[storeKey] = store;
  const connectionString = process.env.DATABASE_URL;
  // `next build` renders with this handler too, without a database; there is nothing to share.
  if (connectionString && process.env.NEXT_PHASE !== "phase-production-build") {
    store.channel = new TagChannel({
      connectionString,
      onRevalidated: (tags) => store.revalidations.revalidate(tags, Date.now()),
      onMissed: () => {
        store.revalidations.revalidateAll(Date.now());
        store.entries.clear();
      },
    });
    store.channel.start();
  }
  return store;
}

type GetContext = Parameters<CacheHandler["get"]>[1];
type SetContext = Parameters<CacheHandler["set"]>[2];

function fetchTags(ctx: GetContext | SetContext): string[] {
  if (!("tags" in ctx) || !Array.isArray(ctx.tags)) return [];
  const soft = "softTags" in ctx && Array.isArray(ctx.softTags) ? ctx.softTags : [];
  return [...ctx.tags, ...soft];
}

export default class SharedRevalidationCacheHandler implements CacheHandler {
  private readonly store = processStore();

  constructor(_ctx: CacheHandlerContext) {}

  async get(key: string, ctx: GetContext): Promise<CacheHandlerValue | null> {
    const entry = this.store.entries.get(key);
    if (!entry || this.store.revalidations.isStale([...entry.tags, ...fetchTags(ctx)], entry.lastModified)) {
      if (entry) this.store.entries.delete(key);
      this.missed(key);
      return null;
    }
    // Past its lifetime, Next serves the entry once more and renders it again in the background:
    // that render starts now, and its set() must be dated so.
    const lifetime = entry.cacheControl?.revalidate;
    if (typeof lifetime === "number" && Date.now() - entry.lastModified > lifetime * 1_000) this.missed(key);
    return {
      lastModified: entry.lastModified,
      value: entry.value as CacheHandlerValue["value"],
      cacheControl: entry.cacheControl,
    };
  }

  async set(key: string, data: Parameters<CacheHandler["set"]>[1], ctx: SetContext): Promise<void> {
    const value = data as CachedValue | null;
    if (!isCacheable(value)) {
      this.store.entries.delete(key);
      this.store.missedAt.delete(key);
      return;
    }
    // Stored as of when its render began, not when it ended: a change committed while the page
    // was rendering (another user's action, another instance's notification) revalidated its
    // tags after that moment, so the entry counts as stale and the next request renders again.
    // Stamped with the end time, it would pass for fresh with the old data inside.
    const startedAt = this.store.missedAt.get(key) ?? Date.now();
    this.store.missedAt.delete(key);
    const entry: Entry = {
      value,
      lastModified: startedAt,
      tags: tagsOf(value, fetchTags(ctx)),
      cacheControl: "cacheControl" in ctx ? ctx.cacheControl : undefined,
    };
    this.store.entries.set(key, entry, sizeOf(value));
  }

  async revalidateTag(tags: string | string[]): Promise<void> {
    const list = typeof tags === "string" ? [tags] : tags;
    if (list.length === 0) return;
    this.store.revalidations.revalidate(list, Date.now());
    // Awaited, so an action's response leaves once the other instances have been told. A
    // failure is logged, not thrown: the change itself has committed.
    await this.store.channel?.publish(list).catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      console.warn(`[cache] could not share a revalidation with other instances: ${reason}`);
    });
  }

  resetRequestCache(): void {}

  /** The first miss (or expiry) since the key was last stored: a render started then will store it. */
  private missed(key: string): void {
    const { missedAt } = this.store;
    if (missedAt.has(key)) return;
    if (missedAt.size >= maxMisses) missedAt.clear();
    missedAt.set(key, Date.now());
  }
}
