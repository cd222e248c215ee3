"use client";

import { useCallback, useEffect, useState } from "react";

// The islands of cached public pages (header, activity panel, venue week, meetings) ask a
// private `/api/…` route for what only this visitor sees. One request per address for the
// islands that ask together; forgotten once answered, so asking later asks again.
const pending = new Map<string, Promise<unknown>>();

/**
 * GETs `url` and returns the answer's `field` (the whole answer without one), or null when
 * signed out, refused or offline (the island then shows what a visitor sees). `fresh` skips a
 * request still in flight.
 */
export function fetchIsland<T>(url: string, field?: string, fresh = false): Promise<T | null> {
  const inFlight = fresh ? undefined : pending.get(url);
  if (inFlight) return inFlight as Promise<T | null>;
  const request: Promise<T | null> = fetch(url, { credentials: "same-origin", cache: "no-store" })
    .then((response): Promise<Record<string, unknown>> | Record<string, unknown> =>
      response.ok ? response.json() : {},
    )
    .then((body) => ((field === undefined ? body : body[field]) ?? null) as T | null)
    .catch(() => null)
    .finally(() => {
      if (pending.get(url) === request) pending.delete(url);
    });
  pending.set(url, request);
  return request;
}

/**
 * An island's answer: `undefined` while loading; `reload` asks again after a form's result.
 * The last answer stays on screen meanwhile (and when a reload fails), so the forms and their
 * messages stay mounted.
 */
export function useIsland<T>(
  url: string,
  field?: string,
): { value: T | null | undefined; reload: () => void } {
  const [value, setValue] = useState<T | null | undefined>(undefined);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    void fetchIsland<T>(url, field, round > 0).then((answer) => {
      if (live) setValue((previous) => (answer === null && round > 0 ? (previous ?? null) : answer));
    });
    return () => {
      live = false;
    };
  }, [url, field, round]);
  const reload = useCallback(() => setRound((count) => count + 1), []);
  return { value, reload };
}
