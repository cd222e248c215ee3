/**
 * The public lists whose filters travel in the query (`/plan?year=2026&type=…`) are served from
 * the cache (issue 14). A page that reads `searchParams` cannot be cached, and caching one
 * entry per raw query would let any junk parameter create a new entry. So proxy.ts turns the
 * query into the page's canonical filter before anything renders:
 *
 * - a query that is not canonical (unknown parameters, bad values, empty form fields, another
 *   order) is redirected (308) to the canonical one, so junk never reaches a page;
 * - a canonical query of bounded filters (year, month, enums, slugs) is rewritten to a path, one
 *   segment per filter (`/plan/year-2026/type-TREE_PLANTING`), rendered by a page that reads
 *   no query: cached, one entry per filter combination;
 * - free text or a time window (`q`, "free at") has no bound on its values: it is rewritten to
 *   the page's per-request route (`/plan/_search?q=…`), rendered afresh and never cached.
 *
 * The visitor only ever sees the query form. Pure: the rules are unit-tested.
 */

export type QueryPairs = readonly (readonly [string, string])[];

export interface ListPage {
  /** The public address without locale, e.g. "/plan". */
  path: string;
  /**
   * Where the cached route's segments start: the path itself when the page is an optional
   * catch-all (`plan/[[...filter]]`), or a folder of its own when the path has detail pages
   * (`venues/_f/[...filter]` beside `venues/[id]`).
   */
  cachedRoot: string;
  /** The per-request route for queries with free text; null when the page has none. */
  searchRoute: string | null;
  /** The parameters a cached page may carry; any other canonical one needs the search route. */
  cachedKeys: readonly string[];
  /** The canonical filter of any query: known parameters with valid values, in a fixed order. */
  canonical(params: URLSearchParams): QueryPairs;
}

export type ListRoute =
  /** Send the visitor to this address (path and query, without locale). */
  | { redirect: string }
  /** Render this internal route (without locale); `cached` when it reads no query. */
  | { rewrite: string; cached: boolean }
  /** Not a list address. */
  | null;

/** A parameter given once; a repeated one (`?year=1&year=2`) counts as not given. */
export function single(params: URLSearchParams, name: string): string | undefined {
  const values = params.getAll(name);
  return values.length === 1 ? values[0] : undefined;
}

/** The segment that stands for "no such filter": it has no name, so readSegments refuses it. */
const refused = "-";

/** Values a path segment carries as they are: digits, enum names, slugs. */
const segmentValue = /^[A-Za-z0-9_-]{1,60}$/;

function toQuery(pairs: QueryPairs): string {
  return new URLSearchParams(pairs.map(([name, value]) => [name, value])).toString();
}

function withQuery(path: string, query: string): string {
  return query ? `${path}?${query}` : path;
}

function cachedPath(page: ListPage, pairs: QueryPairs): string | null {
  if (pairs.length === 0) return page.path;
  const cacheable = pairs.every(
    ([name, value]) => page.cachedKeys.includes(name) && segmentValue.test(value),
  );
  if (!cacheable) return null;
  return `${page.cachedRoot}/${pairs.map(([name, value]) => `${name}-${value}`).join("/")}`;
}

/**
 * The query a cached route's segments stand for, or null when they are not exactly the
 * segments of a canonical query (the page then answers 404, so no other path gets an entry).
 */
export function readSegments(page: ListPage, segments: readonly string[]): URLSearchParams | null {
  const params = new URLSearchParams();
  for (const segment of segments) {
    const dash = segment.indexOf("-");
    if (dash <= 0) return null;
    params.append(segment.slice(0, dash), segment.slice(dash + 1));
  }
  const pairs = page.canonical(params);
  const path = cachedPath(page, pairs);
  const expected = segments.length === 0 ? page.path : `${page.cachedRoot}/${segments.join("/")}`;
  return path === expected ? new URLSearchParams(toQuery(pairs)) : null;
}

/** Where a request for `pathname` + `search` (without locale) goes; see the module comment. */
export function routeListPage(pages: readonly ListPage[], pathname: string, search: string): ListRoute {
  const raw = search.startsWith("?") ? search.slice(1) : search;
  for (const page of pages) {
    if (pathname === page.path) {
      const pairs = page.canonical(new URLSearchParams(raw));
      const query = toQuery(pairs);
      if (query !== raw) return { redirect: withQuery(page.path, query) };
      const cached = cachedPath(page, pairs);
      if (cached !== null) return { rewrite: cached, cached: true };
      return page.searchRoute ? { rewrite: withQuery(page.searchRoute, query), cached: false } : null;
    }
    // The internal routes typed by hand: back to the one public address.
    if (pathname === page.searchRoute) return { redirect: withQuery(page.path, raw) };
    if (pathname.startsWith(`${page.cachedRoot}/`)) {
      const params = readSegments(page, pathname.slice(page.cachedRoot.length + 1).split("/"));
      if (params) return { redirect: withQuery(page.path, params.toString()) };
      // Anything else is one fixed path the page answers with 404: junk paths share one
      // entry, and the page never sees a segment Next cannot decode.
      return { rewrite: `${page.cachedRoot}/${refused}`, cached: true };
    }
  }
  return null;
}
