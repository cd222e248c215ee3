import { getTranslations } from "next-intl/server";
import type { UserListFilter } from "@/lib/units/accounts/list-params";
import type { UnitOption } from "@/lib/units/accounts/queries";
import { MAX_QUERY_LENGTH } from "@/lib/units/directory/unit-params";
import { Input } from "@/components/ui/control";
import { FilterBar, FilterField, FilterSelect } from "@/components/ui/filter-bar";

/** Search and filters as a plain GET form, so results can be linked and work without JavaScript. */
export async function UserFilterForm({ filter, units }: { filter: UserListFilter; units: UnitOption[] }) {
  const t = await getTranslations("units.accounts.filter");
  const tu = await getTranslations("units.accounts");
  const filtered = Boolean(filter.q || filter.role || filter.unitId || filter.active !== undefined);
  return (
    <FilterBar
      action="/admin/users"
      columns="grid-cols-2 lg:grid-cols-4"
      submitLabel={t("submit")}
      clear={filtered ? { href: "/admin/users", label: t("clear") } : undefined}
    >
      <FilterField label={t("search")} className="col-span-2 lg:col-span-4">
        <Input type="search" name="q" defaultValue={filter.q ?? ""} maxLength={MAX_QUERY_LENGTH} />
      </FilterField>
      <FilterSelect
        label={t("role")}
        name="role"
        value={filter.role}
        any={t("all")}
        options={[
          { value: "ADMIN", label: tu("role.ADMIN") },
          { value: "SECRETARY", label: tu("role.SECRETARY") },
        ]}
      />
      <FilterSelect
        label={t("status")}
        name="active"
        value={filter.active === undefined ? "" : filter.active ? "yes" : "no"}
        any={t("all")}
        options={[
          { value: "yes", label: tu("status.active") },
          { value: "no", label: tu("status.inactive") },
        ]}
      />
      <FilterSelect
        label={t("unit")}
        name="unit"
        value={filter.unitId}
        any={t("allUnits")}
        options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
        className="col-span-2"
      />
    </FilterBar>
  );
}
