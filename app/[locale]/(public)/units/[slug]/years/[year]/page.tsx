import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/ui/back-link";
import { PublicUnitYearDetails } from "@/components/overview/units/public-unit-year-details";
import { UnitYearFigures } from "@/components/overview/units/unit-year-figures";
import { UnitYearPills } from "@/components/overview/units/unit-year-pills";
import { beijingYearMonth } from "@/lib/core/time/beijing";
import { getUnitYear } from "@/lib/overview/units/queries";
import { parseYear, publicYears } from "@/lib/overview/units/year-window";
import { listReportYears } from "@/lib/overview/years";
import { getPublicUnit } from "@/lib/units/directory/queries";
import { parseUnitSlug } from "@/lib/units/directory/unit-params";

type Params = Promise<{ slug: string; year: string }>;

// One year of a unit's public record. Cached like the unit's page (issue 14): the year is in
// the address, so the page reads no query; it expires with the unit's page (unitPage in
// lib/core/site/revalidate-public.ts).
export function generateStaticParams() {
  return [];
}

/** The unit and year from the address: this year or an earlier one with a plan or records; else null. */
async function load(params: Params) {
  const raw = await params;
  const slug = parseUnitSlug(raw.slug);
  const year = parseYear(raw.year);
  if (slug === null || year === null) return null;
  const [unit, reportYears] = await Promise.all([getPublicUnit(slug), listReportYears()]);
  const years = publicYears(reportYears, beijingYearMonth().year);
  return unit && years.includes(year) ? { unit, year, years } : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const loaded = await load(params);
  if (!loaded) return {};
  const t = await getTranslations("overview.unitYear");
  return { title: t("yearPageTitle", { name: loaded.unit.name, year: String(loaded.year) }) };
}

export default async function UnitYearPage({ params }: { params: Params }) {
  const loaded = await load(params);
  if (!loaded) notFound();
  const { unit, year, years } = loaded;
  const [t, data] = await Promise.all([
    getTranslations("overview.unitYear"),
    getUnitYear(unit.id, year, { full: false }),
  ]);
  if (!data) notFound();
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <BackLink href={`/units/${unit.slug}`} label={t("backToUnit", { name: unit.shortName })} />
      <header className="space-y-3">
        <h1 className="text-2xl font-bold leading-tight break-words sm:text-3xl">
          {t("yearPageTitle", { name: unit.name, year: String(year) })}
        </h1>
        <UnitYearPills years={years} current={year} href={(y) => `/units/${unit.slug}/years/${y}`} />
      </header>
      <section aria-labelledby="year-figures-heading" className="space-y-3">
        <h2 id="year-figures-heading" className="text-lg font-semibold">
          {t("figuresTitle", { year: String(year) })}
        </h2>
        <UnitYearFigures figures={data.figures} headingId="year-figures-heading" />
        <p className="text-xs text-stone-600">{t("figuresNote")}</p>
      </section>
      <PublicUnitYearDetails data={data} />
    </article>
  );
}
