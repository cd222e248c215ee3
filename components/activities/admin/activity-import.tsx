"use client";

import { startTransition, useActionState, useId, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { dryRunActivityImport, importActivities } from "@/lib/activities/admin/actions";
import type { ActivityImportState } from "@/lib/activities/admin/import-state";
import { FormMessage } from "@/components/core/forms/form-status";
import { useDescribe } from "@/components/core/forms/use-describe";
import { buttonClass } from "@/components/ui/button";
import { maxFileBytes } from "@/lib/core/table-import/limits";

const initial: ActivityImportState = { ok: false };
const button = buttonClass();

/** Step 1 checks the file (nothing written); step 2 sends the same file with the checked hash. */
export function ActivityImport({ year }: { year: number }) {
  const t = useTranslations("activities.admin.import");
  const describe = useDescribe();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [checkedFile, setCheckedFile] = useState<File | null>(null);
  const [tooBig, setTooBig] = useState(false);
  const [state, dispatch, pending] = useActionState(
    (previous: ActivityImportState, formData: FormData) =>
      formData.get("step") === "import"
        ? importActivities(previous, formData)
        : dryRunActivityImport(previous, formData),
    initial,
  );

  function send(step: "check" | "import", chosen: File | null = file) {
    if (!chosen) return;
    // Checked here too: a request over the server's body limit would fail without a message.
    setTooBig(chosen.size > maxFileBytes);
    if (chosen.size > maxFileBytes) return;
    const formData = new FormData();
    formData.set("step", step);
    formData.set("year", String(year));
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

  const fileErrors = tooBig
    ? [{ key: "activities.admin.import.tooBig", values: { maxMb: maxFileBytes / 1024 / 1024 } }]
    : (state.fieldErrors?.file ?? []);
  const error = fileErrors.length ? fileErrors.map(describe).join(" ") : null;
  const ready = state.ok && state.stage === "checked" && file !== null && file === checkedFile;
  return (
    <div className="space-y-6">
      {/* After an import the form starts over (a new key): no file left to import twice. */}
      <form
        key={state.ok && state.stage === "imported" ? `imported-${state.preview?.hash ?? ""}` : "choose"}
        onSubmit={onCheck}
        className="space-y-3 rounded-lg bg-white p-4 shadow-sm"
        noValidate
      >
        <label htmlFor={inputId} className="block text-sm font-medium">
          {t("file")}
        </label>
        <input
          id={inputId}
          type="file"
          accept=".csv,.xlsx"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ""}`}
          onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
          className="block w-full text-base"
        />
        <p id={`${inputId}-hint`} className="text-sm text-stone-600">
          {t("fileHint")}
        </p>
        {error ? (
          <p id={`${inputId}-error`} role="alert" className="text-sm text-red-800">
            {error}
          </p>
        ) : null}
        <button type="submit" className={button} disabled={pending}>
          {t("check")}
        </button>
      </form>
      {fileErrors.length ? null : <FormMessage state={state} />}
      {ready ? (
        <button type="button" className={button} disabled={pending} onClick={() => send("import")}>
          {t("import", { count: state.preview?.rows.length ?? 0 })}
        </button>
      ) : null}
      {state.preview && state.stage !== "imported" ? (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("previewCaption")}</caption>
            <thead>
              <tr>
                <th scope="col" className="p-2">
                  {t("row")}
                </th>
                <th scope="col" className="p-2">
                  {t("title")}
                </th>
                <th scope="col" className="p-2">
                  {t("issues")}
                </th>
              </tr>
            </thead>
            <tbody>
              {state.preview.rows.map((row) => (
                <tr key={row.rowNumber} className="border-t border-stone-200">
                  <td className="p-2">{row.rowNumber}</td>
                  <td className="p-2">{row.title}</td>
                  <td className={`p-2 ${row.issues.length ? "text-red-800" : "text-green-800"}`}>
                    {row.issues.length
                      ? row.issues
                          .map((issue) => `${t(`fields.${issue.field}` as never)}：${describe(issue)}`)
                          .join("；")
                      : t("rowOk")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
