import { getTranslations } from "next-intl/server";
import type { getPublishedSchedule } from "@/lib/rotation/swaps/queries";

type Schedule = NonNullable<Awaited<ReturnType<typeof getPublishedSchedule>>>;

/** The unit's duty months in the published schedule, each with the units on duty alongside. */
export async function DutyMonths({ schedule, unitId }: { schedule: Schedule; unitId: number }) {
  const t = await getTranslations("rotation.unit");
  const months = schedule.assignments.filter((duty) => duty.unit.id === unitId).map((duty) => duty.month);
  if (months.length === 0) return <p className="text-stone-700">{t("noDuties")}</p>;
  return (
    <ul className="space-y-2" data-testid="my-duty-months">
      {months.map((month) => {
        const others = schedule.assignments
          .filter((duty) => duty.month === month && duty.unit.id !== unitId)
          .map((duty) => duty.unit.name);
        return (
          <li key={month} className="rounded-lg bg-white p-3 shadow-sm">
            <p className="font-medium">{t("month", { month })}</p>
            <p className="text-sm text-stone-700">
              {others.length > 0 ? t("withUnits", { units: others.join("、") }) : t("alone")}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
