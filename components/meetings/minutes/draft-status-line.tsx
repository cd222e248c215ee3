"use client";

import { useTranslations } from "next-intl";
import { useDescribe } from "@/components/core/forms/use-describe";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import type { DraftStatus } from "./use-draft-autosave";

/** "Draft saved hh:mm", announced politely so screen-reader users know their work is safe. */
export function DraftStatusLine({ status }: { status: DraftStatus }) {
  const t = useTranslations("meetings.minutes.editor");
  const describe = useDescribe();
  const text =
    status.kind === "saving"
      ? t("draftSaving")
      : status.kind === "saved"
        ? t("draftSavedAt", { time: formatBeijingDateTime(new Date(status.at)).slice(11) })
        : status.kind === "tooLong"
          ? t("draftTooLong")
          : status.kind === "failed"
            ? `${t("draftFailed")}${status.message ? ` ${describe(status.message)}` : ""}`
            : "";
  const tone = status.kind === "failed" || status.kind === "tooLong" ? "text-red-800" : "text-stone-600";
  return (
    <p role="status" aria-live="polite" className={`min-h-5 text-sm ${tone}`}>
      {text}
    </p>
  );
}
