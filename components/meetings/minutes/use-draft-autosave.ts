"use client";

import { useEffect, useRef, useState } from "react";
import { initialFormState, type MessageDescriptor } from "@/lib/core/forms/form-state";
import { autosaveMinutesDraft } from "@/lib/meetings/minutes/actions";
import { excessLength } from "@/lib/meetings/minutes/limits";

export type DraftStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "failed"; message?: MessageDescriptor }
  | { kind: "tooLong" };

const autosaveDelayMs = 5_000;

/**
 * Autosaves the writer's text as their draft about five seconds after it first differs from
 * what was last saved (not five seconds after the last key: steady typing is saved too).
 * `saved` is the text already safe on the server (the opened version, or the last draft).
 */
export function useDraftAutosave(
  meetingId: number,
  body: string,
  baseVersion: number,
  initiallySaved: string,
) {
  const [savedBody, setSavedBody] = useState(initiallySaved);
  const [status, setStatus] = useState<DraftStatus>({ kind: "idle" });
  const [attempt, setAttempt] = useState(0);
  const [stopped, setStopped] = useState(false);
  const latest = useRef({ body, baseVersion });
  useEffect(() => {
    latest.current = { body, baseVersion };
  }, [body, baseVersion]);

  const dirty = body !== savedBody;
  const tooLong = excessLength(body) > 0;
  useEffect(() => {
    if (!dirty || tooLong || stopped) return;
    const timer = setTimeout(async () => {
      const { body: text, baseVersion: base } = latest.current;
      setStatus({ kind: "saving" });
      const formData = new FormData();
      formData.set("meetingId", String(meetingId));
      formData.set("body", text);
      formData.set("baseVersion", String(base));
      try {
        const result = await autosaveMinutesDraft(initialFormState, formData);
        if (result.ok) {
          setSavedBody(text);
          setStatus({ kind: "saved", at: String(result.data?.savedAt) });
        } else {
          setStatus({ kind: "failed", message: result.message });
          // Published or no longer allowed: retrying every few seconds cannot help.
          if (result.message?.key !== "core.validation.checkFields") setStopped(true);
        }
      } catch {
        setStatus({ kind: "failed" });
      }
      setAttempt((count) => count + 1);
    }, autosaveDelayMs);
    return () => clearTimeout(timer);
  }, [dirty, tooLong, stopped, attempt, meetingId]);

  // Closing the tab with text that is neither saved nor drafted yet: the browser asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  /** A version was saved: the draft is gone on the server and this text is safe. */
  const markSaved = (text: string) => {
    setSavedBody(text);
    setStatus({ kind: "idle" });
  };
  return { status: tooLong ? ({ kind: "tooLong" } as DraftStatus) : status, markSaved };
}
