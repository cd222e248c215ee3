import { getLocale, getTranslations } from "next-intl/server";
import type { ScheduleView } from "@/lib/rotation/admin/queries";
import { BodyRow, HeadRow, Table, Td, Th } from "@/components/ui/table";
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
      <Table className="hidden border-collapse sm:table" caption={t("monthsCaption")}>
        <thead>
          <HeadRow>
            <Th className="w-20">{t("month")}</Th>
            <Th>{t("dutyUnits")}</Th>
            <Th>{t("notes")}</Th>
          </HeadRow>
        </thead>
        <tbody>
          {rows.map((row) => (
            <BodyRow key={row.month} className={row.off ? "bg-stone-50" : ""}>
              <Th scope="row">{monthLabel(locale, row.month)}</Th>
              <Td>
                {row.duties.length === 0 ? (
                  "—"
                ) : (
                  <ul>
                    {row.duties.map((duty) => (
                      <li key={duty.unitId}>{unitLabel(duty)}</li>
                    ))}
                  </ul>
                )}
              </Td>
              <Td className="w-48 text-stone-700">{row.note}</Td>
            </BodyRow>
          ))}
        </tbody>
      </Table>
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
