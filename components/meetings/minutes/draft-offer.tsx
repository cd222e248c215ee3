"use client";

import { useTranslations } from "next-intl";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import { Button } from "@/components/ui/button";

export type OpenedDraft = { body: string; baseNumber: number; savedAt: string };

/** Offers the writer's autosaved draft back when they reopen the editor. */
export function DraftOffer(props: {
  draft: OpenedDraft;
  currentVersion: number;
  onRestore: (draft: OpenedDraft) => void;
  onDismiss: () => void;
}) {
  const t = useTranslations("meetings.minutes.editor");
  const { draft } = props;
  return (
    <div
      role="region"
      aria-label={t("restoreDraft")}
      className="space-y-2 rounded border border-sky-300 bg-sky-50 p-3 text-sky-950"
    >
      <p>
        {t("draftFound", {
          time: formatBeijingDateTime(new Date(draft.savedAt)),
          version: draft.baseNumber,
        })}
      </p>
      {draft.baseNumber < props.currentVersion ? (
        <p className="text-sm">{t("draftStale", { current: props.currentVersion })}</p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={() => props.onRestore(draft)}
          className="rounded bg-sky-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-900"
        >
          {t("restoreDraft")}
        </button>
        <Button variant="secondary" size="sm" onClick={props.onDismiss}>
          {t("dismissDraft")}
        </Button>
      </div>
    </div>
  );
}
