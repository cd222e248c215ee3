"use client";

import { useCallback, useEffect, useState } from "react";
import type { ActivityViewer } from "@/lib/activities/participation/viewer-panel";

export type { ActivityViewer };

// One request for the islands that ask together (details hint, panel); forgotten once answered,
// so coming back to the page later asks again.
const pending = new Map<number, Promise<ActivityViewer | null>>();

function fetchActivityViewer(activityId: number, fresh: boolean): Promise<ActivityViewer | null> {
  let request = fresh ? undefined : pending.get(activityId);
  if (!request) {
    request = fetch(`/api/activities/${activityId}/viewer`, { credentials: "same-origin", cache: "no-store" })
      .then((response) =>
        response.ok ? (response.json() as Promise<{ viewer: ActivityViewer | null }>) : { viewer: null },
      )
      .then((body) => body.viewer)
      .catch(() => null)
      .finally(() => {
        if (pending.get(activityId) === request) pending.delete(activityId);
      });
    pending.set(activityId, request);
  }
  return request;
}

/**
 * The visitor's part of a public activity page, asked for in the browser so the page stays the
 * same for everybody and cached. `undefined` while loading; `reload` asks again after an action
 * (the last answer stays on screen meanwhile, so the forms and their message stay mounted).
 */
export function useActivityViewer(activityId: number): {
  viewer: ActivityViewer | null | undefined;
  reload: () => void;
} {
  const [viewer, setViewer] = useState<ActivityViewer | null | undefined>(undefined);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    void fetchActivityViewer(activityId, round > 0).then((value) => {
      if (live) setViewer(value);
    });
    return () => {
      live = false;
    };
  }, [activityId, round]);
  const reload = useCallback(() => setRound((value) => value + 1), []);
  return { viewer, reload };
}
