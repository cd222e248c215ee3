import type { PresentedEntry } from "@/lib/core/audit/present";
import { BodyRow, HeadRow, Table, Td, Th } from "@/components/ui/table";
import { ShownValue } from "./shown-value";

// Beyond this many fields (a whole record created or deleted) the table starts folded.
const foldAfter = 8;

/** Words under core.audit (the page's getTranslations("core.audit")). */
export type AuditText = (key: string, values?: Record<string, string | number>) => string;

/** An entry's changes, field by field: before and after, or the record as created or deleted. */
export function AuditChanges({ entry, t }: { entry: PresentedEntry; t: AuditText }) {
  const { mode, rows } = entry.changes;
  if (rows.length === 0) {
    return mode === "none" ? null : <p className="text-sm text-stone-600">{t("noFieldChanges")}</p>;
  }
  const whole = mode === "created" || mode === "deleted";
  const captionKey = whole ? `${mode}Caption` : "changesCaption";
  const caption = t(captionKey, { action: entry.actionName });
  const fullLabel = t("fullText");
  const table = (
    <Table caption={caption} className="min-w-[18rem] table-fixed">
      <thead>
        <HeadRow>
          <Th className="w-1/4">{t("field")}</Th>
          {whole ? (
            <Th>{t("value")}</Th>
          ) : (
            <>
              <Th>{t("before")}</Th>
              <Th>{t("after")}</Th>
            </>
          )}
        </HeadRow>
      </thead>
      <tbody className="align-top">
        {rows.map((row) => (
          <BodyRow key={row.field}>
            <Th scope="row" className="break-words">
              {row.label}
            </Th>
            {whole ? (
              <Td>
                <ShownValue shown={mode === "created" ? row.after : row.before} fullLabel={fullLabel} />
              </Td>
            ) : (
              <>
                <Td className="text-stone-700">
                  <ShownValue shown={row.before} fullLabel={fullLabel} />
                </Td>
                <Td>
                  <ShownValue shown={row.after} fullLabel={fullLabel} />
                </Td>
              </>
            )}
          </BodyRow>
        ))}
      </tbody>
    </Table>
  );
  if (rows.length <= foldAfter) return table;
  return (
    <details>
      <summary className="inline-flex min-h-6 cursor-pointer items-center text-sm text-brand-700 underline">
        {caption} · {t("moreFields", { count: rows.length })}
      </summary>
      <div className="mt-2">{table}</div>
    </details>
  );
}
