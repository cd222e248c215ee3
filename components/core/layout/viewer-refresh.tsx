"use client";

import { useEffect, useRef } from "react";
import { refreshViewer } from "./viewer";

/**
 * Placed in the signed-in layouts, which render per request: `render` changes whenever the
 * page is rendered afresh (after an action), and the header's island asks again then, so the
 * inbox count follows a message just read. The first render needs no second question.
 */
export function ViewerRefresh({ render }: { render: string }) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    refreshViewer();
  }, [render]);
  return null;
}
