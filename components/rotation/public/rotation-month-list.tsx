import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import type { RotationMonth } from "@/lib/rotation/public/rotation-view";

/**
 * The twelve months of a published schedule as an ordered list: each month names its duty
 * units and the activities they lead that month. The current month says so in words (and
 * aria-current), not by colour alone. A month without duty units says why: the committee set it
 * without duty (e.g. Spring Festival), or no unit was placed in it.
 */
export async function RotationMonthList({
  year,
  months,
  currentMonth,
}: {
  year: number;
  months: readonly RotationMonth[];
  /** The current Beijing month when `year` is the current year, else null. */
  currentMonth: number | null;
}) {
  const t = await getTranslations("rotation.public");
  const tc = await getTranslations("core.common");
  return (
    <ol aria-label={t("monthsLabel", { year })} className="space-y-3">
      {months.map(({ month, needsDuty, units, activities }) => {
        const isCurrent = month === currentMonth;
        const headingId = `rotation-month-${month}`;
        const names = new Map(units.map((unit) => [unit.id, unit.name]));
        return (
          <li
            key={month}
            id={`month-${month}`}
            aria-labelledby={headingId}
            aria-current={isCurrent ? "date" : undefined}
            className={`scroll-mt-4 rounded-lg border bg-white p-4 sm:grid sm:grid-cols-[6rem_1fr_1fr] sm:gap-4 ${
              isCurrent ? "border-2 border-brand-700" : "border-stone-200"
            }`}
          >
            <h2 id={headingId} className="flex items-baseline gap-2 text-lg font-bold sm:block">
              {tc("month", { month })}
              {isCurrent ? (
                <span className="rounded bg-brand-700 px-1.5 py-0.5 text-xs font-medium text-white sm:mt-1 sm:inline-block">
                  {t("thisMonth")}
                </span>
              ) : null}
            </h2>
            {units.length === 0 ? (
              <p className="mt-2 text-stone-600 sm:col-span-2 sm:mt-0">
                {needsDuty ? t("noUnitPlaced") : t("noDuty")}
              </p>
            ) : (
              <>
                <div className="mt-2 sm:mt-0">
                  <h3 className="text-sm font-medium text-stone-600">{t("dutyUnits")}</h3>
                  <ul className="mt-1 space-y-1">
                    {units.map((unit) => (
                      <li key={unit.id}>
                        {unit.status === "WITHDRAWN" ? (
                          unit.name
                        ) : (
                          <Link
                            href={`/units/${unit.slug}`}
                            className="text-brand-700 underline underline-offset-2"
                          >
                            {unit.name}
                          </Link>
                        )}
                      </li>
                    ))}
                  </ul>
                </div>
                <div className="mt-3 sm:mt-0">
                  <h3 className="text-sm font-medium text-stone-600">{t("activity")}</h3>
                  {activities.length === 0 ? (
                    <p className="mt-1 text-stone-700">{t("toBeAnnounced")}</p>
                  ) : (
                    <ul className="mt-1 space-y-1">
                      {activities.map((activity) => (
                        <li key={activity.id}>
                          <Link
                            href={`/activities/${activity.id}`}
                            className="font-medium text-brand-700 underline underline-offset-2"
                          >
                            {activity.title}
                          </Link>
                          {units.length > 1 && activity.leadUnitId !== null ? (
                            <span className="block text-sm text-stone-600">
                              {t("ledBy", { unit: names.get(activity.leadUnitId) ?? "" })}
                            </span>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}
