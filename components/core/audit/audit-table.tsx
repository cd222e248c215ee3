import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditEntry } from "@/lib/core/audit/queries";

function Json({ label, value, none }: { label: string; value: unknown; none: string }) {
  return (
    <div className="min-w-0">
      <p className="text-xs font-medium text-stone-600">{label}</p>
      <pre className="mt-1 max-h-64 overflow-auto whitespace-pre-wrap break-all rounded bg-stone-50 p-2 text-xs">
        {value === null || value === undefined ? none : JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}

/** Audit entries, newest first; each row's before/after stays folded until asked for. */
export async function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const [t, format] = await Promise.all([getTranslations("core.audit"), getFormatter()]);
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm">
      <table className="w-full min-w-[48rem] text-left text-sm">
        <thead className="border-b border-stone-200 text-stone-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("time")}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("who")}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("what")}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("entity")}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("changes")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100 align-top">
          {entries.map((entry) => (
            <tr key={String(entry.id)}>
              <td className="whitespace-nowrap px-3 py-2">
                <time dateTime={entry.createdAt.toISOString()}>
                  {format.dateTime(entry.createdAt, { dateStyle: "short", timeStyle: "medium" })}
                </time>
              </td>
              <td className="px-3 py-2">
                {entry.actor ? (
                  <>
                    <span className="block">{entry.actor.name}</span>
                    <span className="block text-xs text-stone-600">{entry.actor.login}</span>
                  </>
                ) : (
                  <span className="text-stone-600">{t("system")}</span>
                )}
              </td>
              <td className="px-3 py-2 font-mono text-xs">{entry.action}</td>
              <td className="px-3 py-2">
                <span className="block font-mono text-xs">
                  {entry.entity} #{entry.entityId}
                </span>
                {entry.unitName ? (
                  <span className="block text-xs text-stone-600">{entry.unitName}</span>
                ) : null}
              </td>
              <td className="px-3 py-2">
                {entry.before === null && entry.after === null ? (
                  <span className="text-stone-600">{t("noChanges")}</span>
                ) : (
                  <details>
                    <summary className="cursor-pointer text-brand-700 underline">{t("details")}</summary>
                    <div className="mt-2 grid w-[28rem] max-w-full gap-2 sm:grid-cols-2">
                      <Json label={t("before")} value={entry.before} none={t("noChanges")} />
                      <Json label={t("after")} value={entry.after} none={t("noChanges")} />
                    </div>
                  </details>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
