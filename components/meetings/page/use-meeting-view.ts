"use client";

import { useCallback, useEffect, useState } from "react";
import type { MeetingPageView } from "@/lib/meetings/page-view-types";

export type ViewerAnswer = { signedIn: boolean; view: MeetingPageView | null };

async function fetchMeetingView(meetingId: number): Promise<ViewerAnswer | null> {
  try {
    const response = await fetch(`/api/meetings/${meetingId}/viewer`, {
      credentials: "same-origin",
      cache: "no-store",
    });
    return response.ok ? ((await response.json()) as ViewerAnswer) : null;
  } catch {
    return null;
  }
}

/**
 * The visitor's own view of a meeting page, asked for in the browser so the page itself stays
 * the same for everybody and cached. `undefined` while loading, null when the request failed;
 * `reload` asks again after a form's answer (the last answer stays on screen meanwhile, so the
 * forms and their messages stay mounted).
 */
export function useMeetingView(meetingId: number): {
  answer: ViewerAnswer | null | undefined;
  reload: () => void;
} {
  const [answer, setAnswer] = useState<ViewerAnswer | null | undefined>(undefined);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    void fetchMeetingView(meetingId).then((value) => {
      if (live) setAnswer((previous) => value ?? previous ?? null);
    });
    return () => {
      live = false;
    };
  }, [meetingId, round]);
  const reload = useCallback(() => setRound((value) => value + 1), []);
  return { answer, reload };
}
