"use client";

import { useId, useMemo } from "react";
import { useTranslations } from "next-intl";
import type { MinutesConflict } from "@/lib/meetings/minutes/conflict";
import { diffMinutes } from "@/lib/meetings/minutes/diff";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import { DiffView } from "./diff-view";
import { buttonClass } from "@/components/ui/button";
import { Button } from "@/components/ui/button";

type Props = {
  meetingId: number;
  conflict: MinutesConflict;
  mergeText: string;
  onMergeTextChange: (text: string) => void;
  onSubmit: (event: React.FormEvent<HTMLFormElement>) => void;
  pending: boolean;
  error?: string;
};

const textBox =
  "max-h-80 overflow-auto whitespace-pre-wrap break-words rounded border border-stone-300 bg-white p-3 font-mono text-sm";

/**
 * The "changed since you opened it" view: the writer's unsaved text and the saved version side
 * by side, their differences, and a merge box (prefilled with the writer's text) that saves on
 * top of the saved version. Nothing typed is lost: both texts stay on screen until saved.
 */
export function ConflictMerge(props: Props) {
  const t = useTranslations("meetings.minutes.conflict");
  const { conflict } = props;
  const id = useId();
  const diff = useMemo(() => diffMinutes(conflict.theirText, conflict.yourText), [conflict]);
  const theirsLabel = t("theirs", {
    version: conflict.theirVersion,
    author: conflict.theirAuthor,
    time: formatBeijingDateTime(new Date(conflict.theirSavedAt)),
  });
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="space-y-4 rounded-lg border-2 border-amber-500 bg-amber-50 p-3 sm:p-4"
    >
      <h2 id={`${id}-heading`} className="text-lg font-bold text-amber-950">
        {t("heading")}
      </h2>
      <div className="grid gap-3 lg:grid-cols-2">
        <div>
          <h3 id={`${id}-yours`} className="mb-1 text-sm font-semibold">
            {t("yours")}
          </h3>
          <pre aria-labelledby={`${id}-yours`} tabIndex={0} className={textBox} data-testid="conflict-yours">
            {conflict.yourText}
          </pre>
        </div>
        <div>
          <h3 id={`${id}-theirs`} className="mb-1 text-sm font-semibold">
            {theirsLabel}
          </h3>
          <pre
            aria-labelledby={`${id}-theirs`}
            tabIndex={0}
            className={textBox}
            data-testid="conflict-theirs"
          >
            {conflict.theirText}
          </pre>
        </div>
      </div>
      <div>
        <h3 id={`${id}-diff`} className="mb-1 text-sm font-semibold">
          {t("diffHeading")}
        </h3>
        <DiffView diff={diff} labelledBy={`${id}-diff`} />
      </div>
      <form onSubmit={props.onSubmit} className="space-y-2">
        <input type="hidden" name="meetingId" value={props.meetingId} />
        <input type="hidden" name="baseVersion" value={conflict.theirVersion} />
        <label htmlFor={`${id}-merge`} className="block font-semibold">
          {t("mergeLabel")}
        </label>
        <p id={`${id}-hint`} className="text-sm text-stone-700">
          {t("mergeHint", { next: conflict.theirVersion + 1 })}
        </p>
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" size="sm" onClick={() => props.onMergeTextChange(conflict.theirText)}>
            {t("useTheirs")}
          </Button>
          <Button variant="secondary" size="sm" onClick={() => props.onMergeTextChange(conflict.yourText)}>
            {t("keepMine")}
          </Button>
        </div>
        <textarea
          id={`${id}-merge`}
          name="body"
          value={props.mergeText}
          onChange={(event) => props.onMergeTextChange(event.target.value)}
          aria-describedby={`${id}-hint${props.error ? ` ${id}-error` : ""}`}
          aria-invalid={props.error ? true : undefined}
          rows={14}
          spellCheck={false}
          className="block w-full rounded border border-stone-400 bg-white p-3 font-mono text-base leading-relaxed aria-[invalid=true]:border-red-700"
        />
        {props.error ? (
          <p id={`${id}-error`} className="text-sm text-red-800">
            {props.error}
          </p>
        ) : null}
        <button type="submit" disabled={props.pending} className={buttonClass()}>
          {t("saveMerged")}
        </button>
      </form>
    </section>
  );
}
