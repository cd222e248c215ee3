import { getTranslations } from "next-intl/server";
import type { AuditFilters } from "@/lib/core/audit/filters";
import { Input, Select } from "@/components/ui/control";
import { FilterBar, FilterField } from "@/components/ui/filter-bar";

type Options = {
  users: Array<{ id: number; name: string; login: string }>;
  units: Array<{ id: number; name: string }>;
  actions: string[];
};

/** Entity prefixes ("unit.") of the actions present, to filter a whole kind of change. */
function actionPrefixes(actions: string[]): string[] {
  return [...new Set(actions.filter((a) => a.includes(".")).map((a) => `${a.split(".")[0]}.`))].sort();
}

/** A plain GET form: works without JavaScript, and the URL can be bookmarked or shared. */
export async function AuditFilterForm({ filters, options }: { filters: AuditFilters; options: Options }) {
  const t = await getTranslations("core.audit");
  return (
    <FilterBar
      action="/admin/audit"
      card
      heading={{ id: "audit-filters-heading", text: t("filtersTitle") }}
      columns="sm:grid-cols-2 lg:grid-cols-3"
      submitLabel={t("submit")}
      clear={{ href: "/admin/audit", label: t("reset") }}
    >
      <FilterField label={t("actor")}>
        <Select name="actor" defaultValue={filters.actorId ?? ""}>
          <option value="">{t("allActors")}</option>
          {options.users.map((user) => (
            <option key={user.id} value={user.id}>
              {t("actorOption", { name: user.name, login: user.login })}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField label={t("unit")}>
        <Select name="unit" defaultValue={filters.unitId ?? ""}>
          <option value="">{t("allUnits")}</option>
          {options.units.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField label={t("action")}>
        <Select name="action" defaultValue={filters.action ?? ""}>
          <option value="">{t("allActions")}</option>
          <optgroup label={t("actionGroups")}>
            {actionPrefixes(options.actions).map((prefix) => (
              <option key={prefix} value={prefix}>
                {t("actionGroup", { prefix })}
              </option>
            ))}
          </optgroup>
          <optgroup label={t("exactActions")}>
            {options.actions.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </optgroup>
        </Select>
      </FilterField>
      <FilterField label={t("from")}>
        <Input type="date" name="from" defaultValue={filters.from} aria-describedby="audit-date-hint" />
      </FilterField>
      <FilterField label={t("to")}>
        <Input type="date" name="to" defaultValue={filters.to} aria-describedby="audit-date-hint" />
      </FilterField>
      <p id="audit-date-hint" className="self-end text-sm text-stone-600">
        {t("dateHint")}
      </p>
    </FilterBar>
  );
}
