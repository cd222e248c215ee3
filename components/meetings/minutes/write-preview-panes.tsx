"use client";

import { useDeferredValue, useId, useState } from "react";
import { useTranslations } from "next-intl";
import { excessLength, maxMinutesLength } from "@/lib/meetings/minutes/limits";
import { MarkdownView } from "./markdown-view";

/**
 * The Markdown textarea and its live preview: side by side on wide screens, switched with two
 * buttons on phones. The preview follows a deferred copy so typing in long minutes stays smooth.
 */
export function WritePreviewPanes(props: { text: string; onChange: (text: string) => void; error?: string }) {
  const t = useTranslations("meetings.minutes.editor");
  const id = useId();
  const [tab, setTab] = useState<"write" | "preview">("write");
  const preview = useDeferredValue(props.text);
  const tabButton = (which: "write" | "preview") =>
    `rounded-t border border-b-0 px-4 py-2 text-sm font-medium ${tab === which ? "bg-white text-stone-900" : "bg-stone-100 text-stone-600"}`;
  const over = excessLength(props.text) > 0;
  return (
    <>
      <div className="flex gap-1 lg:hidden" role="group" aria-label={t("heading")}>
        {(["write", "preview"] as const).map((which) => (
          <button
            key={which}
            type="button"
            aria-pressed={tab === which}
            onClick={() => setTab(which)}
            className={tabButton(which)}
          >
            {t(which)}
          </button>
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className={tab === "write" ? "" : "hidden lg:block"}>
          <label htmlFor={`${id}-body`} className="block font-semibold">
            {t("bodyLabel")}
          </label>
          <p id={`${id}-hint`} className="text-sm text-stone-600">
            {t("bodyHint")}
          </p>
          <textarea
            id={`${id}-body`}
            name="body"
            value={props.text}
            onChange={(event) => props.onChange(event.target.value)}
            aria-invalid={props.error ? true : undefined}
            aria-describedby={`${id}-hint ${id}-count${props.error ? ` ${id}-error` : ""}`}
            spellCheck={false}
            className="mt-1 block h-[60vh] min-h-64 w-full resize-y rounded border border-stone-400 bg-white p-3 font-mono text-base leading-relaxed aria-[invalid=true]:border-red-700 lg:h-[70vh]"
          />
          <p
            id={`${id}-count`}
            className={`mt-1 text-sm ${over ? "font-semibold text-red-800" : "text-stone-600"}`}
          >
            {t("characters", { count: props.text.length, maximum: maxMinutesLength })}
          </p>
          {props.error ? (
            <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
              {props.error}
            </p>
          ) : null}
        </div>
        <section
          aria-label={t("preview")}
          className={`min-h-64 overflow-auto rounded border border-stone-200 bg-white p-3 sm:p-4 lg:max-h-[78vh] ${tab === "preview" ? "" : "hidden lg:block"}`}
        >
          <h2 className="mb-2 hidden text-sm font-semibold text-stone-600 lg:block">{t("preview")}</h2>
          {/* A giant paste is not rendered: it would freeze the page and cannot be saved anyway. */}
          {excessLength(preview) > 0 ? (
            <p className="text-red-800">{t("previewTooLong", { maximum: maxMinutesLength })}</p>
          ) : preview.trim() ? (
            <MarkdownView text={preview} />
          ) : (
            <p className="text-stone-500">{t("previewEmpty")}</p>
          )}
        </section>
      </div>
    </>
  );
}
