import { getTranslations } from "next-intl/server";
import { ActivityType, Commitment } from "@/lib/generated/prisma/enums";
import { planHref, type PlanFilters } from "@/lib/activities/plan/plan-filters";
import { Input, Select } from "@/components/ui/control";
import { FilterBar, FilterField } from "@/components/ui/filter-bar";

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

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
      <FilterField label={t("filterMonth")}>
        <Select name="month" defaultValue={filters.month ?? ""}>
          <option value="">{t("allMonths")}</option>
          {MONTHS.map((month) => (
            <option key={month} value={month}>
              {tc("month", { month })}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField label={t("filterType")}>
        <Select name="type" defaultValue={filters.type ?? ""}>
          <option value="">{t("allTypes")}</option>
          {Object.values(ActivityType).map((type) => (
            <option key={type} value={type}>
              {te(`ActivityType.${type}`)}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField label={t("filterCommitment")}>
        <Select name="commitment" defaultValue={filters.commitment ?? ""}>
          <option value="">{t("allCommitments")}</option>
          {Object.values(Commitment).map((commitment) => (
            <option key={commitment} value={commitment}>
              {te(`Commitment.${commitment}`)}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField label={t("filterUnit")}>
        <Select name="unit" defaultValue={filters.unit ?? ""}>
          <option value="">{t("allUnits")}</option>
          {units.map((unit) => (
            <option key={unit.slug} value={unit.slug}>
              {unit.shortName}
            </option>
          ))}
        </Select>
      </FilterField>
    </FilterBar>
  );
}
