// The islands of cached public pages (header, activity panel, venue week, members' meetings)
// ask a private `/api/…` route for what only this visitor sees. One request per address for
// the islands that ask together; forgotten once answered, so asking later asks again.
const pending = new Map<string, Promise<unknown>>();

/**
 * GETs `url` and returns the answer's `field`, or null when signed out, refused or offline
 * (the island then shows what a visitor sees). `fresh` skips a request still in flight.
 */
export function fetchIsland<T>(url: string, field: string, fresh = false): Promise<T | null> {
  const inFlight = fresh ? undefined : pending.get(url);
  if (inFlight) return inFlight as Promise<T | null>;
  const request: Promise<T | null> = fetch(url, { credentials: "same-origin", cache: "no-store" })
    .then((response): Promise<Record<string, unknown>> | Record<string, unknown> =>
      response.ok ? response.json() : {},
    )
    .then((body) => (body[field] ?? null) as T | null)
    .catch(() => null)
    .finally(() => {
      if (pending.get(url) === request) pending.delete(url);
    });
  pending.set(url, request);
  return request;
}
