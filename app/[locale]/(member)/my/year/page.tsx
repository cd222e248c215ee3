import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { UnitYearFull } from "@/components/overview/units/unit-year-full";
import { UnitYearPills } from "@/components/overview/units/unit-year-pills";
import { requireSecretary } from "@/lib/core/auth/session";
import { beijingYearMonth } from "@/lib/core/time/beijing";
import { getUnitYear } from "@/lib/overview/units/queries";
import { offeredYears, parseYear } from "@/lib/overview/units/year-window";
import { listReportYears } from "@/lib/overview/years";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("overview.unitYear");
  return { title: t("myTitle") };
}

/** The secretary's whole year (?year=, this year by default): everything the unit did and has to show for it. */
export default async function MyYearPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireSecretary("/my/year");
  const current = beijingYearMonth().year;
  const year = parseYear((await searchParams).year) ?? current;
  const [t, data, reportYears] = await Promise.all([
    getTranslations("overview.unitYear"),
    getUnitYear(user.unitId, year, { full: true }),
    listReportYears(),
  ]);
  if (!data) notFound();
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-2xl font-bold break-words">{t("myYearTitle", { year: String(year) })}</h1>
        <p className="text-stone-700">{t("myIntro")}</p>
        <UnitYearPills
          years={offeredYears(offeredYears(reportYears, current), year)}
          current={year}
          href={(y) => `/my/year?year=${y}`}
        />
      </header>
      <UnitYearFull data={data} viewer="unit" />
    </div>
  );
}
