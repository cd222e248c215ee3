import { getTranslations } from "next-intl/server";
import type { UserListFilter } from "@/lib/units/accounts/list-params";
import type { UnitOption } from "@/lib/units/accounts/queries";
import { MAX_QUERY_LENGTH } from "@/lib/units/directory/unit-params";
import { Input, Select } from "@/components/ui/control";
import { FilterBar, FilterField } from "@/components/ui/filter-bar";

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
      <FilterField label={t("role")}>
        <Select name="role" defaultValue={filter.role ?? ""}>
          <option value="">{t("all")}</option>
          <option value="ADMIN">{tu("role.ADMIN")}</option>
          <option value="SECRETARY">{tu("role.SECRETARY")}</option>
        </Select>
      </FilterField>
      <FilterField label={t("status")}>
        <Select name="active" defaultValue={filter.active === undefined ? "" : filter.active ? "yes" : "no"}>
          <option value="">{t("all")}</option>
          <option value="yes">{tu("status.active")}</option>
          <option value="no">{tu("status.inactive")}</option>
        </Select>
      </FilterField>
      <FilterField label={t("unit")} className="col-span-2">
        <Select name="unit" defaultValue={filter.unitId ? String(filter.unitId) : ""}>
          <option value="">{t("allUnits")}</option>
          {units.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </Select>
      </FilterField>
    </FilterBar>
  );
}
