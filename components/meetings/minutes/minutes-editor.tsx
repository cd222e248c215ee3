"use client";

import { startTransition, useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/core/forms/form-status";
import { useDescribe } from "@/components/core/forms/use-describe";
import { initialFormState, type FormState } from "@/lib/core/forms/form-state";
import { saveMinutes } from "@/lib/meetings/minutes/actions";
import { readConflict, type MinutesConflict } from "@/lib/meetings/minutes/conflict";
import { excessLength, maxMinutesLength } from "@/lib/meetings/minutes/limits";
import { ConflictMerge } from "./conflict-merge";
import { DraftOffer, type OpenedDraft } from "./draft-offer";
import { DraftStatusLine } from "./draft-status-line";
import { useDraftAutosave } from "./use-draft-autosave";
import { WritePreviewPanes } from "./write-preview-panes";
import { buttonClass } from "@/components/ui/button";

type Props = {
  meetingId: number;
  /** The current version's text and number when the page was opened (0: none yet). */
  initialText: string;
  currentVersion: number;
  current: { author: string; savedAt: string } | null;
  draft: OpenedDraft | null;
};

const unix = (text: string) => text.replace(/\r\n?/g, "\n");

export function MinutesEditor(props: Props) {
  const t = useTranslations("meetings.minutes.editor");
  const describe = useDescribe();
  const [text, setText] = useState(props.initialText);
  const [baseVersion, setBaseVersion] = useState(props.currentVersion);
  const [conflict, setConflict] = useState<MinutesConflict | null>(null);
  const [mergeText, setMergeText] = useState("");
  const [draftOffer, setDraftOffer] = useState(props.draft);
  const [tooLong, setTooLong] = useState<number | null>(null);

  // During a merge the merge box is what the writer is working on: that is what autosaves. The
  // opened text is the saved version, so an offered draft is only replaced once the writer types.
  const working = conflict ? mergeText : text;
  const draft = useDraftAutosave(
    props.meetingId,
    working,
    conflict ? conflict.theirVersion : baseVersion,
    props.initialText,
  );

  const openConflict = (found: MinutesConflict) => {
    setConflict(found);
    setMergeText(found.yourText);
  };

  const [state, formAction, pending] = useActionState(async (previous: FormState, formData: FormData) => {
    const result = await saveMinutes(previous, formData);
    const found = readConflict(result);
    if (found) openConflict(found);
    else if (result.ok) {
      const saved = unix(String(formData.get("body") ?? ""));
      setText(saved);
      setBaseVersion(Number(result.data?.version));
      setConflict(null);
      setDraftOffer(null);
      draft.markSaved(saved);
    }
    return result;
  }, initialFormState);

  // Checked before sending: a giant paste never reaches the request size cap and stays here.
  // Dispatched by hand rather than through <form action>: React resets a form after its action,
  // and the writer's text must stay exactly as it is whatever the answer.
  const submit = (value: string) => (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const excess = excessLength(value);
    setTooLong(excess > 0 ? excess : null);
    if (excess > 0) return;
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };
  const tooLongMessage =
    tooLong !== null && excessLength(working) > 0
      ? describe({
          key: "meetings.minutes.errors.tooLong",
          values: { maximum: maxMinutesLength, excess: excessLength(working) },
        })
      : undefined;
  const serverError = state.fieldErrors?.body?.map(describe).join(" ");
  const bodyError = tooLongMessage ?? serverError;

  const restoreDraft = (opened: OpenedDraft) => {
    setDraftOffer(null);
    // The restored text is the draft already stored: nothing new to autosave yet.
    draft.markSaved(opened.body);
    if (opened.baseNumber === props.currentVersion) setText(opened.body);
    // Based on an older version: the saved text moved on, so merge like a refused save.
    else
      openConflict({
        yourText: opened.body,
        theirText: props.initialText,
        theirVersion: props.currentVersion,
        theirAuthor: props.current?.author ?? "",
        theirSavedAt: props.current?.savedAt ?? new Date().toISOString(),
      });
  };

  return (
    <div className="space-y-4">
      {draftOffer ? (
        <DraftOffer
          draft={draftOffer}
          currentVersion={props.currentVersion}
          onRestore={restoreDraft}
          onDismiss={() => setDraftOffer(null)}
        />
      ) : null}
      <FormMessage state={state} />
      {conflict ? (
        <ConflictMerge
          meetingId={props.meetingId}
          conflict={conflict}
          mergeText={mergeText}
          onMergeTextChange={setMergeText}
          onSubmit={submit(mergeText)}
          pending={pending}
          error={bodyError}
        />
      ) : (
        <form onSubmit={submit(text)} className="space-y-3">
          <input type="hidden" name="meetingId" value={props.meetingId} />
          <input type="hidden" name="baseVersion" value={baseVersion} />
          <p className="text-sm text-stone-700">
            {baseVersion > 0 ? t("basedOn", { version: baseVersion }) : t("noVersionYet")}
          </p>
          <WritePreviewPanes text={text} onChange={setText} error={bodyError} />
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" disabled={pending} className={buttonClass()}>
              {pending ? t("saving") : t("save")}
            </button>
          </div>
        </form>
      )}
      <DraftStatusLine status={draft.status} />
    </div>
  );
}
