import { getLocale, getTranslations } from "next-intl/server";
import type { getRotationYearAdmin } from "@/lib/rotation/admin/queries";
import { monthLabel } from "./month-label";
import { UnitTimesForm } from "./unit-times-form";

type YearAdmin = NonNullable<Awaited<ReturnType<typeof getRotationYearAdmin>>>;

/** Each active unit's inputs: what its secretary entered, and the admin's times override. */
export async function UnitInputs({ data }: { data: YearAdmin }) {
  const [t, tEnum, locale] = await Promise.all([
    getTranslations("rotation.admin.units"),
    getTranslations("core.enums.UnitCategory"),
    getLocale(),
  ]);
  const months = (list: number[]) => list.map((month) => monthLabel(locale, month)).join("、");
  return (
    <ul className="divide-y divide-stone-200">
      {data.units.map((unit) => {
        const setting = unit.setting;
        const entered = (setting?.preferences.length ?? 0) + (setting?.blackouts.length ?? 0) > 0;
        return (
          <li key={unit.id} className="grid gap-2 py-3 md:grid-cols-3">
            <div>
              <p className="font-medium">{unit.name}</p>
              <p className="text-sm text-stone-700">{tEnum(unit.category)}</p>
            </div>
            <div className="text-sm">
              {entered ? (
                <>
                  <p>{t("preferences", { months: months(setting!.preferences) || "—" })}</p>
                  <p>{t("blackouts", { months: months(setting!.blackouts) || "—" })}</p>
                </>
              ) : (
                <p className="text-stone-700">{t("notEntered")}</p>
              )}
            </div>
            <UnitTimesForm
              year={data.settings.year}
              unitId={unit.id}
              unitName={unit.name}
              times={setting?.times ?? null}
              defaultTimes={data.settings.defaultTimes}
            />
          </li>
        );
      })}
    </ul>
  );
}
