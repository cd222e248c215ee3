"use client";

import { useEffect, useState } from "react";
import { usePathname } from "@/lib/core/i18n/navigation";
import type { Viewer } from "@/lib/core/auth/viewer";
import { fetchIsland } from "@/components/core/islands/fetch-island";

export type { Viewer };

// Asked once per page load; again after client-side navigation only for a signed-in visitor,
// and whenever a signed-in page is rendered afresh (an action read a message: ViewerRefresh).
let known: Promise<Viewer | null> | null = null;
const listeners = new Set<() => void>();

/** Forgets the answer and has every header island ask again. */
export function refreshViewer(): void {
  known = null;
  for (const listener of listeners) listener();
}

function fetchViewer(): Promise<Viewer | null> {
  known ??= fetchIsland<Viewer>("/api/viewer", "viewer");
  return known;
}

/**
 * The signed-in visitor, asked for in the browser so the page around it is the same for every
 * visitor and served from the cache. `undefined` while loading. Asked again after client-side
 * navigation by a signed-in visitor, so the inbox count follows what they read.
 */
export function useViewer(): Viewer | null | undefined {
  const pathname = usePathname();
  const [viewer, setViewer] = useState<Viewer | null | undefined>(undefined);
  const [round, setRound] = useState(0);
  useEffect(() => {
    const listener = () => setRound((value) => value + 1);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  useEffect(() => {
    let live = true;
    void fetchViewer().then((value) => {
      if (live) setViewer(value);
      // A signed-in visitor's next page asks again (inbox counts change as they read).
      if (value) known = null;
    });
    return () => {
      live = false;
    };
  }, [pathname, round]);
  return viewer;
}
