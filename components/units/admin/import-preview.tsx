"use client";

import { useTranslations } from "next-intl";
import type { ImportPreview as Preview } from "@/lib/units/admin/import-state";
import { importFields, type ImportField } from "@/lib/units/admin/import/fields";
import { useDescribe } from "@/components/core/forms/use-describe";

export type ChoiceLabels = {
  category: Record<string, string>;
  orgType: Record<string, string>;
  yes: string;
  no: string;
};

/**
 * Every row of the checked file, its problems first (next to the row number, so they are seen
 * on a phone without scrolling); the wide table scrolls sideways.
 */
export function ImportPreview({ preview, labels }: { preview: Preview; labels: ChoiceLabels }) {
  const t = useTranslations("units.admin");
  const describe = useDescribe();
  const shown = (field: ImportField, value: string) => {
    if (field === "category") return labels.category[value] ?? value;
    if (field === "orgType") return labels.orgType[value] ?? value;
    if (field === "inDistrict") return value === "true" ? labels.yes : value === "false" ? labels.no : value;
    return value;
  };
  return (
    <section aria-labelledby="preview-heading" className="space-y-2">
      <h2 id="preview-heading" className="text-lg font-semibold">
        {t("import.previewTitle")}
      </h2>
      <p className="text-sm text-stone-700">
        {t("import.previewSummary", {
          fileName: preview.fileName,
          rows: preview.rows.length,
          issues: preview.rowsWithIssues,
        })}
        {preview.encoding ? ` · ${t("import.encoding", { encoding: preview.encoding.toUpperCase() })}` : null}
      </p>
      {/* Focusable so keyboard users can scroll the wide table. */}
      <div
        className="overflow-x-auto rounded-lg bg-white shadow-sm"
        tabIndex={0}
        role="region"
        aria-labelledby="preview-heading"
      >
        <table className="min-w-full text-left text-sm">
          <thead className="bg-stone-100 text-stone-700">
            <tr>
              <th scope="col" className="px-2 py-2 whitespace-nowrap">
                {t("import.row")}
              </th>
              <th scope="col" className="px-2 py-2 whitespace-nowrap">
                {t("import.problems")}
              </th>
              {importFields.map((field) => (
                <th key={field} scope="col" className="px-2 py-2 whitespace-nowrap">
                  {t(`form.${field}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {preview.rows.map((row) => (
              <tr key={row.rowNumber} className={row.issues.length ? "bg-red-50" : undefined}>
                <th scope="row" className="px-2 py-1.5 font-mono font-normal">
                  {row.rowNumber}
                </th>
                <td className="min-w-56 px-2 py-1.5">
                  {row.issues.length === 0 ? (
                    <span className="text-green-800">{t("import.ok")}</span>
                  ) : (
                    <ul className="list-disc pl-4 text-red-800">
                      {row.issues.map((issue, index) => (
                        <li key={index}>
                          {t(`form.${issue.field as ImportField}`)}：{describe(issue)}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                {importFields.map((field) => (
                  <td key={field} className="max-w-48 truncate px-2 py-1.5" title={row.cells[field]}>
                    {shown(field, row.cells[field])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
