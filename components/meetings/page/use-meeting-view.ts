"use client";

import { useIsland } from "@/components/core/islands/fetch-island";
import type { MeetingPageView } from "@/lib/meetings/page-view-types";

export type ViewerAnswer = { signedIn: boolean; view: MeetingPageView | null };

/**
 * The visitor's own view of a meeting page, asked for in the browser so the page itself stays
 * the same for everybody and cached. `undefined` while loading, null when the request failed;
 * `reload` asks again after a form's answer.
 */
export function useMeetingView(meetingId: number): {
  answer: ViewerAnswer | null | undefined;
  reload: () => void;
} {
  const { value, reload } = useIsland<ViewerAnswer>(`/api/meetings/${meetingId}/viewer`);
  return { answer: value, reload };
}
