"use client";

import type { ActivityViewer } from "@/lib/activities/participation/viewer-panel";
import { useIsland } from "@/components/core/islands/fetch-island";

export type { ActivityViewer };

/**
 * The visitor's part of a public activity page, asked for in the browser so the page stays the
 * same for everybody and cached. `undefined` while loading; `reload` asks again after an action.
 */
export function useActivityViewer(activityId: number): {
  viewer: ActivityViewer | null | undefined;
  reload: () => void;
} {
  const { value, reload } = useIsland<ActivityViewer>(`/api/activities/${activityId}/viewer`, "viewer");
  return { viewer: value, reload };
}
