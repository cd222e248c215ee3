import { getTranslations } from "next-intl/server";
import type { AdminUnitFilter } from "@/lib/units/admin/list-params";
import { formatQuarter } from "@/lib/units/admin/activity-filters";
import { MAX_QUERY_LENGTH, UNIT_CATEGORY_ORDER } from "@/lib/units/directory/unit-params";
import { Input } from "@/components/ui/control";
import { FilterBar, FilterField, FilterSelect } from "@/components/ui/filter-bar";

const statuses = ["ACTIVE", "SUSPENDED", "WITHDRAWN"] as const;

/** Search and filters as a plain GET form, so results can be linked and work without JavaScript. */
export async function UnitFilterForm({ filter }: { filter: AdminUnitFilter }) {
  const t = await getTranslations("units.admin.list");
  const te = await getTranslations("core.enums");
  const filtered = Boolean(filter.q || filter.status || filter.category || filter.withoutItem || filter.idle);
  return (
    <FilterBar
      action="/admin/units"
      columns="sm:grid-cols-2 lg:grid-cols-4"
      submitLabel={t("submit")}
      clear={filtered ? { href: "/admin/units", label: t("clear") } : undefined}
    >
      {/* The admin overview's filters (no control of their own) stay while the others change. */}
      {filter.withoutItem ? <input type="hidden" name="withoutItem" value={filter.withoutItem} /> : null}
      {filter.idle ? <input type="hidden" name="idle" value={formatQuarter(filter.idle)} /> : null}
      <FilterField label={t("search")} className="sm:col-span-2">
        <Input
          type="search"
          name="q"
          defaultValue={filter.q ?? ""}
          maxLength={MAX_QUERY_LENGTH}
          placeholder={t("searchPlaceholder")}
        />
      </FilterField>
      <FilterSelect
        label={t("status")}
        name="status"
        value={filter.status}
        any={t("all")}
        options={statuses.map((status) => ({ value: status, label: te(`UnitStatus.${status}`) }))}
      />
      <FilterSelect
        label={t("category")}
        name="category"
        value={filter.category}
        any={t("all")}
        options={UNIT_CATEGORY_ORDER.map((category) => ({
          value: category,
          label: te(`UnitCategory.${category}`),
        }))}
      />
    </FilterBar>
  );
}
