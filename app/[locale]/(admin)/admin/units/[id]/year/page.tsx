import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/ui/back-link";
import { UnitYearFull } from "@/components/overview/units/unit-year-full";
import { UnitYearPills } from "@/components/overview/units/unit-year-pills";
import { requireAdmin } from "@/lib/core/auth/session";
import { id as idField } from "@/lib/core/forms/fields";
import { beijingYearMonth } from "@/lib/core/time/beijing";
import { getUnitYear } from "@/lib/overview/units/queries";
import { offeredYears, parseYear } from "@/lib/overview/units/year-window";
import { listReportYears } from "@/lib/overview/years";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("overview.unitYear");
  return { title: t("adminTitle") };
}

/** A unit's whole year for admins (?year=, this year by default), the tab beside its admin page. */
export default async function AdminUnitYearPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const raw = (await params).id;
  await requireAdmin(`/admin/units/${encodeURIComponent(raw)}/year`);
  const parsed = idField.safeParse(raw);
  if (!parsed.success) notFound();
  const current = beijingYearMonth().year;
  const year = parseYear((await searchParams).year) ?? current;
  const [t, data, reportYears] = await Promise.all([
    getTranslations("overview.unitYear"),
    getUnitYear(parsed.data, year, { full: true }),
    listReportYears(),
  ]);
  if (!data) notFound();
  return (
    <div className="space-y-6">
      <BackLink
        href={`/admin/units/${data.unit.id}`}
        label={t("backToAdminUnit", { name: data.unit.shortName })}
      />
      <header className="space-y-3">
        <h1 className="text-2xl font-bold break-words">
          {t("yearPageTitle", { name: data.unit.name, year: String(year) })}
        </h1>
        <UnitYearPills
          years={offeredYears(offeredYears(reportYears, current), year)}
          current={year}
          href={(y) => `/admin/units/${data.unit.id}/year?year=${y}`}
        />
      </header>
      <UnitYearFull data={data} viewer="admin" />
    </div>
  );
}
