import { getTranslations } from "next-intl/server";
import type { AuditFilters } from "@/lib/core/audit/filters";
import { Input } from "@/components/ui/control";
import { FilterBar, FilterField, FilterSelect } from "@/components/ui/filter-bar";

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
      <FilterSelect
        label={t("actor")}
        name="actor"
        value={filters.actorId}
        any={t("allActors")}
        options={options.users.map((user) => ({
          value: user.id,
          label: t("actorOption", { name: user.name, login: user.login }),
        }))}
      />
      <FilterSelect
        label={t("unit")}
        name="unit"
        value={filters.unitId}
        any={t("allUnits")}
        options={options.units.map((unit) => ({ value: unit.id, label: unit.name }))}
      />
      <FilterSelect label={t("action")} name="action" value={filters.action} any={t("allActions")}>
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
      </FilterSelect>
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
