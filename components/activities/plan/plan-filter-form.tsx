import { getTranslations } from "next-intl/server";
import { ActivityType, Commitment } from "@/lib/generated/prisma/enums";
import { planHref, type PlanFilters } from "@/lib/activities/plan/plan-filters";
import { Input } from "@/components/ui/control";
import { FilterBar, FilterField, FilterSelect } from "@/components/ui/filter-bar";

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

/**
 * The list's filters as a plain GET form: it works without JavaScript and every result is a
 * shareable URL. The year travels in a hidden field, so filtering stays within the shown year.
 * `units` are the lead units to offer (leadUnitChoices): none, and there is no unit filter.
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
    <FilterBar
      action="/plan"
      heading={{ id: "plan-filters-heading", text: t("filtersTitle") }}
      columns="grid-cols-2 lg:grid-cols-5"
      submitLabel={t("submit")}
      clear={{ href: planHref({ year: filters.year }), label: t("reset") }}
    >
      <input type="hidden" name="year" value={filters.year} />
      <FilterField label={t("filterQuery")} className="col-span-2 lg:col-span-1">
        <Input
          type="search"
          name="q"
          defaultValue={filters.q ?? ""}
          maxLength={100}
          placeholder={t("queryPlaceholder")}
        />
      </FilterField>
      <FilterSelect
        label={t("filterMonth")}
        name="month"
        value={filters.month}
        any={t("allMonths")}
        options={MONTHS.map((month) => ({ value: month, label: tc("month", { month }) }))}
      />
      <FilterSelect
        label={t("filterType")}
        name="type"
        value={filters.type}
        any={t("allTypes")}
        options={Object.values(ActivityType).map((type) => ({
          value: type,
          label: te(`ActivityType.${type}`),
        }))}
      />
      <FilterSelect
        label={t("filterCommitment")}
        name="commitment"
        value={filters.commitment}
        any={t("allCommitments")}
        options={Object.values(Commitment).map((commitment) => ({
          value: commitment,
          label: te(`Commitment.${commitment}`),
        }))}
      />
      {units.length > 0 ? (
        <FilterSelect
          label={t("filterUnit")}
          name="unit"
          value={filters.unit}
          any={t("allUnits")}
          options={units.map((unit) => ({ value: unit.slug, label: unit.shortName }))}
        />
      ) : null}
    </FilterBar>
  );
}
