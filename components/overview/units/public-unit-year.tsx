import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { beijingYearMonth } from "@/lib/core/time/beijing";
import { getUnitYear } from "@/lib/overview/units/queries";
import { publicYears } from "@/lib/overview/units/year-window";
import { listReportYears } from "@/lib/overview/years";
import { linkClass } from "./year-lists";
import { UnitYearFigures } from "./unit-year-figures";
import { UnitYearPills } from "./unit-year-pills";

/**
 * On a unit's public page (cached, so it reads no query): this year's figures, and the year
 * list leading to each year's own cached page (/units/<slug>/years/<year>) with its lists.
 */
export async function PublicUnitYear({ unitId, slug }: { unitId: number; slug: string }) {
  const year = beijingYearMonth().year;
  const [t, data, reportYears] = await Promise.all([
    getTranslations("overview.unitYear"),
    getUnitYear(unitId, year, { full: false }),
    listReportYears(),
  ]);
  if (!data) return null;
  const others = publicYears(reportYears, year).filter((y) => y !== year);
  const yearHref = (y: number) => `/units/${slug}/years/${y}`;
  return (
    <section aria-labelledby="unit-year-heading" className="space-y-3">
      <h2 id="unit-year-heading" className="text-lg font-semibold">
        {t("glanceTitle", { year: String(year) })}
      </h2>
      <UnitYearFigures figures={data.figures} headingId="unit-year-heading" />
      <p className="text-xs text-stone-600">{t("figuresNote")}</p>
      <p>
        <Link href={yearHref(year)} className={linkClass}>
          {t("yearDetailsLink", { year: String(year) })}
        </Link>
      </p>
      {others.length > 0 ? (
        <div className="space-y-2">
          <h3 className="text-sm font-medium text-stone-700">{t("otherYears")}</h3>
          <UnitYearPills years={others} current={null} href={yearHref} />
        </div>
      ) : null}
    </section>
  );
}
