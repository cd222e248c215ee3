import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { decisionStatuses, type AdminDecisionFilters } from "@/lib/meetings/decisions/schemas";
import { buttonClass } from "@/components/ui/button-link";

const control = "mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 text-base";
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
    <form method="get" action="/admin/decisions" role="search" className="grid gap-3 sm:grid-cols-3">
      <label className="block text-sm font-medium">
        {t("fields.status")}
        <select name="status" defaultValue={filters.status ?? ""} className={control}>
          <option value="">{t("admin.openOnly")}</option>
          <option value="ALL">{t("admin.allStatuses")}</option>
          {decisionStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="block text-sm font-medium">
        {t("fields.ownerUnit")}
        <select name="unit" defaultValue={filters.unit ? String(filters.unit) : ""} className={control}>
          <option value="">{t("admin.allUnits")}</option>
          {units.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </select>
      </label>
      <label className="block text-sm font-medium">
        {t("fields.meeting")}
        <select
          name="meeting"
          defaultValue={filters.meeting ? String(filters.meeting) : ""}
          className={control}
        >
          <option value="">{t("admin.allMeetings")}</option>
          {meetings.map((meeting) => (
            <option key={meeting.id} value={meeting.id}>
              {meeting.title}
            </option>
          ))}
        </select>
      </label>
      <div className="flex items-center gap-3 sm:col-span-3">
        <button type="submit" className={buttonClass()}>
          {t("admin.filter")}
        </button>
        {filtered ? (
          <Link href="/admin/decisions" className="text-sm text-brand-700 underline">
            {t("admin.reset")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
