import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActivityType, Commitment } from "@/lib/generated/prisma/enums";
import { planHref, type PlanFilters } from "@/lib/activities/plan/plan-filters";
import { buttonClass } from "@/components/ui/button-link";

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

const fieldClass =
  "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base text-stone-900 placeholder:text-stone-500 sm:text-sm";

/**
 * The list's filters as a plain GET form: it works without JavaScript and every result is a
 * shareable URL. The year travels in a hidden field, so filtering stays within the shown year.
 */
export async function PlanFilterForm({
  filters,
  units,
}: {
  filters: PlanFilters;
  units: readonly { slug: string; shortName: string }[];
}) {
  const t = await getTranslations("activities.plan");
  const tc = await getTranslations("core.common");
  const te = await getTranslations("core.enums");
  return (
    <form method="get" action="/plan" role="search" aria-labelledby="plan-filters-heading">
      <h2 id="plan-filters-heading" className="text-sm font-semibold text-stone-700">
        {t("filtersTitle")}
      </h2>
      <input type="hidden" name="year" value={filters.year} />
      <div className="mt-2 grid grid-cols-2 gap-3 lg:grid-cols-5">
        <label className="col-span-2 block text-sm font-medium text-stone-700 lg:col-span-1">
          {t("filterQuery")}
          <input
            type="search"
            name="q"
            defaultValue={filters.q ?? ""}
            maxLength={100}
            placeholder={t("queryPlaceholder")}
            className={fieldClass}
          />
        </label>
        <label className="block text-sm font-medium text-stone-700">
          {t("filterMonth")}
          <select name="month" defaultValue={filters.month ?? ""} className={fieldClass}>
            <option value="">{t("allMonths")}</option>
            {MONTHS.map((month) => (
              <option key={month} value={month}>
                {tc("month", { month })}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm font-medium text-stone-700">
          {t("filterType")}
          <select name="type" defaultValue={filters.type ?? ""} className={fieldClass}>
            <option value="">{t("allTypes")}</option>
            {Object.values(ActivityType).map((type) => (
              <option key={type} value={type}>
                {te(`ActivityType.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm font-medium text-stone-700">
          {t("filterCommitment")}
          <select name="commitment" defaultValue={filters.commitment ?? ""} className={fieldClass}>
            <option value="">{t("allCommitments")}</option>
            {Object.values(Commitment).map((commitment) => (
              <option key={commitment} value={commitment}>
                {te(`Commitment.${commitment}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm font-medium text-stone-700">
          {t("filterUnit")}
          <select name="unit" defaultValue={filters.unit ?? ""} className={fieldClass}>
            <option value="">{t("allUnits")}</option>
            {units.map((unit) => (
              <option key={unit.slug} value={unit.slug}>
                {unit.shortName}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass("primary", "text-sm")}>
          {t("submit")}
        </button>
        <Link
          href={planHref({ year: filters.year })}
          className="text-sm text-brand-700 underline underline-offset-2"
        >
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
