import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import type { AdminUnitRow } from "@/lib/units/admin/queries";
import { Badge } from "@/components/ui/badge";
import { UnitStatusBadge } from "./unit-status-badge";

/** Units as cards on phones and rows on wider screens; each links to its admin page. */
export async function UnitList({ units }: { units: AdminUnitRow[] }) {
  const t = await getTranslations("units.admin");
  const te = await getTranslations("core.enums");
  return (
    <ul aria-label={t("list.label")} className="divide-y divide-stone-200 rounded-lg bg-white shadow-sm">
      {units.map((unit) => (
        <li key={unit.id} className="flex flex-col gap-1 p-3 sm:flex-row sm:items-center sm:gap-4">
          <div className="min-w-0 flex-1">
            <Link
              href={`/admin/units/${unit.id}`}
              aria-label={t("list.manage", { name: unit.name })}
              className="font-medium text-brand-700 underline-offset-2 hover:underline"
            >
              {unit.name}
            </Link>
            <p className="text-sm text-stone-600">
              {unit.shortName} · <span className="font-mono">{unit.slug}</span>
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-1.5">
            <Badge>{te(`UnitCategory.${unit.category}`)}</Badge>
            <Badge tone={unit.inDistrict ? "blue" : "amber"}>
              {te(unit.inDistrict ? "District.IN" : "District.OUT")}
            </Badge>
            {unit.isDemo ? <Badge>{t("demo")}</Badge> : null}
            <UnitStatusBadge status={unit.status} />
          </div>
        </li>
      ))}
    </ul>
  );
}
