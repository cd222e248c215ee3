import { getLocale, getTranslations } from "next-intl/server";
import type { ScheduleView } from "@/lib/rotation/admin/queries";
import { allMonths, monthLabel } from "./month-label";

/**
 * The version month by month: a table on wide screens, one card per month on phones. Months
 * without duty are marked; so are months where one category is bunched.
 */
export async function ScheduleMonths({ view, dutyMonths }: { view: ScheduleView; dutyMonths: number[] }) {
  const [t, tEnum, locale] = await Promise.all([
    getTranslations("rotation.admin.view"),
    getTranslations("core.enums.UnitCategory"),
    getLocale(),
  ]);
  const rows = allMonths.map((month) => {
    const duties = view.duties.filter((duty) => duty.month === month);
    const bunched = (view.cost?.bunched ?? []).filter((entry) => entry.month === month);
    const note = [
      dutyMonths.includes(month) ? null : t("noDuty"),
      ...bunched.map((entry) =>
        t("bunched", { category: tEnum(entry.category as never), count: entry.count }),
      ),
    ]
      .filter(Boolean)
      .join(" · ");
    return { month, duties, note, off: !dutyMonths.includes(month) };
  });
  const unitLabel = (duty: ScheduleView["duties"][number]) =>
    `${duty.name} · ${tEnum(duty.category as never)}`;
  return (
    <>
      <table className="hidden w-full border-collapse text-sm sm:table">
        <caption className="sr-only">{t("monthsCaption")}</caption>
        <thead>
          <tr className="border-b border-stone-300 text-left">
            <th scope="col" className="w-20 py-2 pr-3">
              {t("month")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("dutyUnits")}
            </th>
            <th scope="col" className="py-2">
              {t("notes")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.month} className={`border-b border-stone-200 ${row.off ? "bg-stone-50" : ""}`}>
              <th scope="row" className="py-2 pr-3 text-left font-medium">
                {monthLabel(locale, row.month)}
              </th>
              <td className="py-2 pr-3">
                {row.duties.length === 0 ? (
                  "—"
                ) : (
                  <ul>
                    {row.duties.map((duty) => (
                      <li key={duty.unitId}>{unitLabel(duty)}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="w-48 py-2 text-stone-700">{row.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="space-y-2 sm:hidden" aria-label={t("monthsCaption")}>
        {rows.map((row) => (
          <li
            key={row.month}
            className={`rounded border border-stone-200 p-3 ${row.off ? "bg-stone-50" : ""}`}
          >
            <p className="font-medium">{monthLabel(locale, row.month)}</p>
            {row.duties.length === 0 ? (
              <p className="text-sm">—</p>
            ) : (
              <ul className="text-sm">
                {row.duties.map((duty) => (
                  <li key={duty.unitId}>{unitLabel(duty)}</li>
                ))}
              </ul>
            )}
            {row.note ? <p className="text-sm text-stone-700">{row.note}</p> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
