"use client";

import { Link } from "@/lib/core/i18n/navigation";
import { useTranslations } from "next-intl";
import { dryRunUnitImport, importUnits } from "@/lib/units/admin/actions";
import type { ImportState } from "@/lib/units/admin/import-state";
import { FormMessage } from "@/components/core/forms/form-status";
import { Button } from "@/components/ui/button";
import { FilePickerForm } from "@/components/core/forms/file-picker-form";
import { useCheckedImport } from "@/components/core/forms/use-checked-import";
import { ImportPreview, type ChoiceLabels } from "./import-preview";

const initial: ImportState = { ok: false };

/** The unit import: check the file, then import it; the result links each unit created. */
export function UnitImport({ labels, maxBytes }: { labels: ChoiceLabels; maxBytes: number }) {
  const t = useTranslations("units.admin.import");
  const maxMb = maxBytes / 1024 / 1024;
  const picker = useCheckedImport({
    check: dryRunUnitImport,
    commit: importUnits,
    initial,
    maxBytes,
    tooBig: { key: "units.admin.import.tooBig", values: { maxMb } },
    missing: { key: "units.admin.import.chooseFile" },
  });
  const { state, pending, sameFile } = picker;
  const checkedOk = state.ok && state.stage === "checked" && sameFile;

  return (
    <div className="space-y-6">
      <FilePickerForm
        picker={picker}
        label={t("file")}
        hint={t("fileHint", { maxMb })}
        checkLabel={t("check")}
        checkingLabel={t("checking")}
      />

      {state.fieldErrors?.file?.length ? null : <FormMessage state={state} />}
      {state.ok && state.stage === "checked" && !sameFile ? (
        <p className="rounded bg-amber-50 p-3 text-amber-900">{t("fileChangedLocally")}</p>
      ) : null}
      {checkedOk ? (
        <Button onClick={() => picker.send("import")} pending={pending}>
          {pending && picker.lastStep === "import"
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
