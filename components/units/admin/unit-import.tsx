"use client";

import { startTransition, useActionState, useId, useState, type FormEvent } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { dryRunUnitImport, importUnits } from "@/lib/units/admin/actions";
import type { ImportState } from "@/lib/units/admin/import-state";
import { FormMessage } from "@/components/core/forms/form-status";
import { Button } from "@/components/ui/button";
import { useDescribe } from "@/components/core/forms/use-describe";
import { ImportPreview, type ChoiceLabels } from "./import-preview";

const initial: ImportState = { ok: false };

/**
 * Step 1 checks the chosen file (dry run, nothing written); step 2 sends the same file again
 * with the checked hash, and the server validates it once more before creating anything.
 * The file stays in the input between the steps, so no form resets are used here.
 */
export function UnitImport({ labels, maxBytes }: { labels: ChoiceLabels; maxBytes: number }) {
  const t = useTranslations("units.admin.import");
  const describe = useDescribe();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [checkedFile, setCheckedFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [lastStep, setLastStep] = useState<"check" | "import">("check");
  const [state, dispatch, pending] = useActionState(
    (previous: ImportState, formData: FormData) =>
      formData.get("step") === "import"
        ? importUnits(previous, formData)
        : dryRunUnitImport(previous, formData),
    initial,
  );
  const maxMb = maxBytes / 1024 / 1024;

  function send(step: "check" | "import", chosen: File | null = file) {
    if (!chosen) return setLocalError(t("chooseFile"));
    // Checked here too: a request over the server's body limit would fail without a message.
    if (chosen.size > maxBytes) return setLocalError(t("tooBig", { maxMb }));
    setLocalError(null);
    setLastStep(step);
    const formData = new FormData();
    formData.set("step", step);
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

  const fileErrors = state.fieldErrors?.file ?? [];
  const error = localError ?? (fileErrors.length ? fileErrors.map(describe).join(" ") : null);
  const sameFile = file !== null && file === checkedFile;
  const checkedOk = state.ok && state.stage === "checked" && sameFile;

  return (
    <div className="space-y-6">
      {/* After an import the form starts over (a new key): no file left to import twice. */}
      <form
        key={state.ok && state.stage === "imported" ? `imported-${state.preview?.hash ?? ""}` : "choose"}
        onSubmit={onCheck}
        className="space-y-3 rounded-lg bg-white p-4 shadow-sm"
        noValidate
      >
        <div>
          <label htmlFor={inputId} className="block text-sm font-medium">
            {t("file")}
          </label>
          <input
            id={inputId}
            type="file"
            name="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ""}`}
            className="mt-1 block w-full text-base file:mr-3 file:rounded file:border file:border-stone-400 file:bg-white file:px-3 file:py-2"
          />
          <p id={`${inputId}-hint`} className="mt-1 text-sm text-stone-600">
            {t("fileHint", { maxMb })}
          </p>
          {error ? (
            <p id={`${inputId}-error`} role="alert" className="mt-1 text-sm text-red-800">
              {error}
            </p>
          ) : null}
        </div>
        <Button type="submit" disabled={pending}>
          {pending && lastStep === "check" ? t("checking") : t("check")}
        </Button>
      </form>

      {fileErrors.length ? null : <FormMessage state={state} />}
      {state.ok && state.stage === "checked" && !sameFile ? (
        <p className="rounded bg-amber-50 p-3 text-amber-900">{t("fileChangedLocally")}</p>
      ) : null}
      {checkedOk ? (
        <Button onClick={() => send("import")} pending={pending}>
          {pending && lastStep === "import"
            ? t("importing")
            : t("import", { count: state.preview?.rows.length ?? 0 })}
        </Button>
      ) : null}

      {state.stage === "imported" && state.imported ? (
        <section aria-labelledby="result-heading" className="space-y-2">
          <h2 id="result-heading" className="text-lg font-semibold">
            {t("resultTitle")}
          </h2>
          <p className="text-stone-700">{t("resultIntro")}</p>
          <ul className="list-disc space-y-1 pl-5">
            {state.imported.map((unit) => (
              <li key={unit.id}>
                <Link href={`/admin/units/${unit.id}`} className="text-brand-700 underline">
                  {unit.name}
                </Link>{" "}
                <span className="font-mono text-sm text-stone-600">{unit.slug}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : state.preview ? (
        <ImportPreview preview={state.preview} labels={labels} />
      ) : null}
    </div>
  );
}
