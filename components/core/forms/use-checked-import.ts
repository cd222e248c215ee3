"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import type { FormState, MessageDescriptor } from "@/lib/core/forms/form-state";

type ImportAction<S> = (previous: Awaited<S>, formData: FormData) => Promise<S>;

/** What both steps of a table import return: the checked file's hash, and which step passed. */
export type CheckedImportState = FormState & {
  stage?: "checked" | "imported";
  preview?: { hash: string };
};

type Options<S> = {
  /** The dry run: reads and checks the file, writes nothing. */
  check: ImportAction<S>;
  /** The import: the same file again, with the hash the check returned. */
  commit: ImportAction<S>;
  initial: Awaited<S>;
  /** Sent with the file in both steps (e.g. the plan's year). */
  fields?: Record<string, string>;
  maxBytes: number;
  tooBig: MessageDescriptor;
  /** Said when the check is asked for without a file; without it the check waits for one. */
  missing?: MessageDescriptor;
};

/**
 * The two steps of a table import. Step 1 checks the chosen file (nothing written); step 2 sends
 * the same file again with the checked hash, and the server validates it once more. The file
 * stays in the input between the steps, so no form resets are used.
 */
export function useCheckedImport<S extends CheckedImportState>({
  check,
  commit,
  initial,
  fields = {},
  maxBytes,
  tooBig,
  missing,
}: Options<S>) {
  const [file, setFile] = useState<File | null>(null);
  const [checkedFile, setCheckedFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<MessageDescriptor | null>(null);
  const [lastStep, setLastStep] = useState<"check" | "import">("check");
  const [state, dispatch, pending] = useActionState<S, FormData>(
    (previous, formData) =>
      formData.get("step") === "import" ? commit(previous, formData) : check(previous, formData),
    initial,
  );

  function send(step: "check" | "import", chosen: File | null = file) {
    if (!chosen) {
      if (missing) setLocalError(missing);
      return;
    }
    // Checked here too: a request over the server's body limit would fail without a message.
    if (chosen.size > maxBytes) return setLocalError(tooBig);
    setLocalError(null);
    setLastStep(step);
    const formData = new FormData();
    formData.set("step", step);
    for (const [name, value] of Object.entries(fields)) formData.set(name, value);
    formData.set("file", chosen);
    if (step === "import" && state.preview) formData.set("checkedHash", state.preview.hash);
    if (step === "check") setCheckedFile(chosen);
    startTransition(() => dispatch(formData));
  }

  function onCheck(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Read from the input itself: a file picked before hydration fired no onChange.
    const picked =
      event.currentTarget.querySelector<HTMLInputElement>("input[type=file]")?.files?.[0] ?? null;
    setFile(picked);
    send("check", picked);
  }

  return {
    state,
    pending,
    lastStep,
    /** The browser's own refusal, else the server's, for the file field. */
    fileErrors: localError ? [localError] : (state.fieldErrors?.file ?? []),
    /** The file in the input is the one the last check read. */
    sameFile: file !== null && file === checkedFile,
    chooseFile: setFile,
    send,
    onCheck,
  };
}

export type CheckedImport = ReturnType<typeof useCheckedImport<CheckedImportState>>;
