"use client";

import { useCallback, useEffect, useState } from "react";
import type { ActivityViewer } from "@/lib/activities/participation/viewer-panel";

import { fetchIsland } from "@/components/core/islands/fetch-island";

export type { ActivityViewer };

function fetchActivityViewer(activityId: number, fresh: boolean): Promise<ActivityViewer | null> {
  return fetchIsland<ActivityViewer>(`/api/activities/${activityId}/viewer`, "viewer", fresh);
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
