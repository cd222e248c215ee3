"use client";

import { useTranslations } from "next-intl";
import { dryRunActivityImport, importActivities } from "@/lib/activities/admin/actions";
import type { ActivityImportState } from "@/lib/activities/admin/import-state";
import { FormMessage } from "@/components/core/forms/form-status";
import { useDescribe } from "@/components/core/forms/use-describe";
import { FilePickerForm } from "@/components/core/forms/file-picker-form";
import { useCheckedImport } from "@/components/core/forms/use-checked-import";
import { Button } from "@/components/ui/button";
import { maxFileBytes } from "@/lib/core/table-import/limits";

const initial: ActivityImportState = { ok: false };

/** Step 1 checks the file (nothing written); step 2 sends the same file with the checked hash. */
export function ActivityImport({ year }: { year: number }) {
  const t = useTranslations("activities.admin.import");
  const describe = useDescribe();
  const picker = useCheckedImport({
    check: dryRunActivityImport,
    commit: importActivities,
    initial,
    fields: { year: String(year) },
    maxBytes: maxFileBytes,
    tooBig: { key: "activities.admin.import.tooBig", values: { maxMb: maxFileBytes / 1024 / 1024 } },
  });
  const { state, pending } = picker;
  const ready = state.ok && state.stage === "checked" && picker.sameFile;
  return (
    <div className="space-y-6">
      <FilePickerForm picker={picker} label={t("file")} hint={t("fileHint")} checkLabel={t("check")} />
      {picker.fileErrors.length ? null : <FormMessage state={state} />}
      {ready ? (
        <Button disabled={pending} onClick={() => picker.send("import")}>
          {t("import", { count: state.preview?.rows.length ?? 0 })}
        </Button>
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
