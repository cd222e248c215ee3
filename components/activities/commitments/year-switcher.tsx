import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { maxYear, minYear } from "@/lib/activities/commitments/year";

/** Previous / next year links for a page that takes `?year=`. */
export async function YearSwitcher({ path, year }: { path: string; year: number }) {
  const t = await getTranslations("activities.commitments");
  const link = "rounded border border-stone-300 bg-white px-3 py-1 text-sm text-brand-700 hover:bg-stone-50";
  return (
    <nav aria-label={t("yearNav")} className="flex flex-wrap gap-2">
      {year > minYear ? (
        <Link href={`${path}?year=${year - 1}`} className={link}>
          {t("previousYear", { year: year - 1 })}
        </Link>
      ) : null}
      {year < maxYear ? (
        <Link href={`${path}?year=${year + 1}`} className={link}>
          {t("nextYear", { year: year + 1 })}
        </Link>
      ) : null}
    </nav>
  );
}
