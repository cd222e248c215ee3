import { getTranslations } from "next-intl/server";
import { actionGroupOf } from "@/lib/core/audit/actions";
import type { AuditFilters } from "@/lib/core/audit/filters";
import { actionGroupName, actionName, kindName, type Translate } from "@/lib/core/audit/labels";
import type { AuditFilterOptions } from "@/lib/core/audit/queries";
import { Input } from "@/components/ui/control";
import { FilterBar, FilterField, FilterSelect } from "@/components/ui/filter-bar";

/** The actions present in the log, by group, named in words and sorted by name. */
function actionsByGroup(t: Translate, actions: string[]) {
  const groups = new Map<string, Array<{ code: string; name: string }>>();
  for (const code of actions) {
    const group = actionGroupOf(code);
    groups.set(group, [...(groups.get(group) ?? []), { code, name: actionName(t, code) }]);
  }
  return [...groups]
    .map(([group, items]) => ({
      group,
      name: actionGroupName(t, group),
      items: items.sort((a, b) => a.name.localeCompare(b.name)),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** A plain GET form: works without JavaScript, and the URL can be bookmarked or shared. */
export async function AuditFilterForm({
  filters,
  options,
}: {
  filters: AuditFilters;
  options: AuditFilterOptions;
}) {
  const [t, root] = await Promise.all([getTranslations("core.audit"), getTranslations()]);
  const words = root as unknown as Translate;
  const groups = actionsByGroup(words, options.actions);
  return (
    <FilterBar
      action="/admin/audit"
      card
      heading={{ id: "audit-filters-heading", text: t("filtersTitle") }}
      columns="sm:grid-cols-2 lg:grid-cols-3"
      submitLabel={t("submit")}
      clear={{ href: "/admin/audit", label: t("reset") }}
      note={
        <p id="audit-filter-hints" className="mt-2 text-sm text-stone-600">
          {t("dateHint")} {t("recordHint")}
        </p>
      }
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
          {groups.map(({ group, name }) => (
            <option key={group} value={`${group}.`}>
              {t("actionGroup", { group: name })}
            </option>
          ))}
        </optgroup>
        {groups.map(({ group, name, items }) => (
          <optgroup key={group} label={name}>
            {items.map((item) => (
              <option key={item.code} value={item.code}>
                {item.name}
              </option>
            ))}
          </optgroup>
        ))}
      </FilterSelect>
      <FilterSelect
        label={t("kind")}
        name="kind"
        value={filters.kind}
        any={t("allKinds")}
        options={options.kinds
          .map((kind) => ({ value: kind, label: kindName(words, kind) }))
          .sort((a, b) => a.label.localeCompare(b.label))}
      />
      <FilterField label={t("record")}>
        <Input
          name="record"
          defaultValue={filters.recordId}
          inputMode="numeric"
          maxLength={60}
          pattern="[0-9A-Za-z:,\-]{1,60}"
          aria-describedby="audit-filter-hints"
        />
      </FilterField>
      <FilterField label={t("from")}>
        <Input type="date" name="from" defaultValue={filters.from} aria-describedby="audit-filter-hints" />
      </FilterField>
      <FilterField label={t("to")}>
        <Input type="date" name="to" defaultValue={filters.to} aria-describedby="audit-filter-hints" />
      </FilterField>
    </FilterBar>
  );
}
