import { getLocale, getTranslations } from "next-intl/server";
import type { ScheduleView } from "@/lib/rotation/admin/queries";
import { monthLabel } from "./month-label";

type UnitCost = NonNullable<ScheduleView["cost"]>["units"][number];

/**
 * The documented cost of a version, term by term, and per unit which preference it got (or
 * why not), whether it repeats last year, plus bunched categories and split pairs.
 */
export async function ScheduleCost({ view, dutyMonths }: { view: ScheduleView; dutyMonths: number[] }) {
  const [t, locale] = await Promise.all([getTranslations("rotation.admin.cost"), getLocale()]);
  const cost = view.cost;
  if (!cost) return <p className="text-sm text-stone-700">{t("none")}</p>;
  const months = (list: number[]) => list.map((month) => monthLabel(locale, month)).join("、") || "—";
  const name = (unitId: number) => view.unitNames.get(unitId) ?? `#${unitId}`;

  function outcome(unit: UnitCost): string {
    const preferences = view.inputs.get(unit.unitId)?.preferences ?? [];
    if (preferences.length === 0) return t("noPreferences");
    const met = unit.preferenceRanks.filter((rank): rank is number => rank !== null);
    if (met.length > 0) return met.map((rank) => t("rankMet", { rank: rank + 1 })).join("、");
    // Keep the explanation simple: the first choice had no duty, else the balance won.
    const first = preferences[0]!;
    return dutyMonths.includes(first)
      ? t("notMetTradeOff")
      : t("notMetNoDuty", { month: monthLabel(locale, first) });
  }

  const terms = [
    ["preference", cost.preference],
    ["repeatLastYear", cost.repeatLastYear],
    ["sameCategory", cost.sameCategory],
    ["pairSplit", cost.pairSplit],
  ] as const;
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-5">
        <div className="rounded bg-stone-100 p-2">
          <dt className="text-xs text-stone-700">{t("total")}</dt>
          <dd className="text-lg font-semibold">{cost.total}</dd>
        </div>
        {terms.map(([key, value]) => (
          <div key={key} className="rounded bg-stone-50 p-2">
            <dt className="text-xs text-stone-700">{t(key)}</dt>
            <dd className="text-lg">{value}</dd>
          </div>
        ))}
      </dl>
      {/* A hand-edited draft that breaks a rule is not "optimal" even at the same cost. */}
      {cost.total !== cost.optimalTotal || view.violations.length > 0 ? (
        <p className="text-sm text-amber-900">
          {t("versusOptimal", { total: cost.total, optimal: cost.optimalTotal })}
        </p>
      ) : (
        <p className="text-sm text-stone-700">{t(cost.proven ? "optimal" : "bestFound")}</p>
      )}
      <h3 className="font-semibold">{t("perUnit")}</h3>
      <ul className="divide-y divide-stone-200 text-sm">
        {cost.units.map((unit) => (
          <li key={unit.unitId} className="grid gap-1 py-2 sm:grid-cols-4">
            <span className="font-medium">{name(unit.unitId)}</span>
            <span>{t("dutyMonths", { months: months(unit.months) })}</span>
            <span>
              {t("preferences", { months: months(view.inputs.get(unit.unitId)?.preferences ?? []) })}
            </span>
            <span>
              {outcome(unit)}
              {unit.repeatCost > 0 ? ` · ${t("repeat")}` : ""}
            </span>
          </li>
        ))}
      </ul>
      {cost.splitPairs.length > 0 ? (
        <p className="text-sm">
          {t("splitPairs", { pairs: cost.splitPairs.map(([a, b]) => `${name(a)} + ${name(b)}`).join("；") })}
        </p>
      ) : null}
    </div>
  );
}
