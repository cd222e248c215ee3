import { getTranslations } from "next-intl/server";
import { decisionStatuses, type AdminDecisionFilters } from "@/lib/meetings/decisions/schemas";
import { Select } from "@/components/ui/control";
import { FilterBar, FilterField } from "@/components/ui/filter-bar";

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
  const filtered = Boolean(filters.status || filters.unit || filters.meeting);
  return (
    <FilterBar
      action="/admin/decisions"
      columns="sm:grid-cols-3"
      submitLabel={t("admin.filter")}
      clear={filtered ? { href: "/admin/decisions", label: t("admin.reset") } : undefined}
    >
      <FilterField label={t("fields.status")}>
        <Select name="status" defaultValue={filters.status ?? ""}>
          <option value="">{t("admin.openOnly")}</option>
          <option value="ALL">{t("admin.allStatuses")}</option>
          {decisionStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField label={t("fields.ownerUnit")}>
        <Select name="unit" defaultValue={filters.unit ? String(filters.unit) : ""}>
          <option value="">{t("admin.allUnits")}</option>
          {units.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField label={t("fields.meeting")}>
        <Select name="meeting" defaultValue={filters.meeting ? String(filters.meeting) : ""}>
          <option value="">{t("admin.allMeetings")}</option>
          {meetings.map((meeting) => (
            <option key={meeting.id} value={meeting.id}>
              {meeting.title}
            </option>
          ))}
        </Select>
      </FilterField>
    </FilterBar>
  );
}
