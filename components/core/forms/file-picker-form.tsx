"use client";

import { useId } from "react";
import { Button } from "@/components/ui/button";
import type { CheckedImport } from "./use-checked-import";
import { useDescribe } from "./use-describe";
import { cardClass } from "@/components/ui/card";

type Props = {
  picker: Pick<CheckedImport, "state" | "pending" | "lastStep" | "fileErrors" | "chooseFile" | "onCheck">;
  label: string;
  hint: string;
  checkLabel: string;
  /** Said on the button while the check runs; without it the button only waits. */
  checkingLabel?: string;
};

/** Step 1 of a table import: choose a CSV or XLSX file and have it checked. */
export function FilePickerForm({ picker, label, hint, checkLabel, checkingLabel }: Props) {
  const describe = useDescribe();
  const inputId = useId();
  const { state, pending, fileErrors } = picker;
  const error = fileErrors.length ? fileErrors.map(describe).join(" ") : null;
  return (
    // After an import the form starts over (a new key): no file left to import twice.
    <form
      key={state.ok && state.stage === "imported" ? `imported-${state.preview?.hash ?? ""}` : "choose"}
      onSubmit={picker.onCheck}
      className={cardClass("raised", "space-y-3")}
      noValidate
    >
      <div>
        <label htmlFor={inputId} className="block text-sm font-medium">
          {label}
        </label>
        <input
          id={inputId}
          type="file"
          name="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => picker.chooseFile(event.currentTarget.files?.[0] ?? null)}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ""}`}
          className="mt-1 block w-full text-base file:mr-3 file:rounded file:border file:border-stone-400 file:bg-white file:px-3 file:py-2"
        />
        <p id={`${inputId}-hint`} className="mt-1 text-sm text-stone-600">
          {hint}
        </p>
        {error ? (
          <p id={`${inputId}-error`} role="alert" className="mt-1 text-sm text-red-800">
            {error}
          </p>
        ) : null}
      </div>
      <Button type="submit" disabled={pending}>
        {pending && picker.lastStep === "check" && checkingLabel ? checkingLabel : checkLabel}
      </Button>
    </form>
  );
}
