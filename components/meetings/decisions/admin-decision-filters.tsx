import { getTranslations } from "next-intl/server";
import { decisionStatuses, type AdminDecisionFilters } from "@/lib/meetings/decisions/schemas";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";

type Choice = { id: number; title?: string; name?: string };

/** Filters as a plain GET form, so a filtered list can be linked and works without script. */
export async function AdminDecisionFilterForm({
  filters,
  units,
  meetings,
}: {
  filters: AdminDecisionFilters;
  units: Choice[];
  meetings: Choice[];
}) {
  const t = await getTranslations("meetings.decisions");
  const filtered = Boolean(
    filters.status || filters.unit || filters.meeting || filters.year || filters.overdue,
  );
  return (
    <FilterBar
      action="/admin/decisions"
      columns="sm:grid-cols-3"
      submitLabel={t("admin.filter")}
      clear={filtered ? { href: "/admin/decisions", label: t("admin.reset") } : undefined}
    >
      {/* The admin overview's filters (no control of their own) stay while the others change. */}
      {filters.year ? <input type="hidden" name="year" value={filters.year} /> : null}
      {filters.overdue ? <input type="hidden" name="overdue" value="1" /> : null}
      <FilterSelect
        label={t("fields.status")}
        name="status"
        value={filters.status}
        any={t("admin.openOnly")}
        options={[
          { value: "ALL", label: t("admin.allStatuses") },
          ...decisionStatuses.map((status) => ({ value: status, label: t(`status.${status}`) })),
        ]}
      />
      <FilterSelect
        label={t("fields.ownerUnit")}
        name="unit"
        value={filters.unit}
        any={t("admin.allUnits")}
        options={units.map((unit) => ({ value: unit.id, label: unit.name ?? "" }))}
      />
      <FilterSelect
        label={t("fields.meeting")}
        name="meeting"
        value={filters.meeting}
        any={t("admin.allMeetings")}
        options={meetings.map((meeting) => ({ value: meeting.id, label: meeting.title ?? "" }))}
      />
    </FilterBar>
  );
}
