import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { planHref } from "@/lib/activities/plan/plan-filters";

/** Links to each year that has a published list; the shown year is marked as current. */
export async function YearSwitcher({
  years,
  current,
}: {
  years: readonly { year: number }[];
  current: number;
}) {
  const t = await getTranslations("activities.plan");
  if (years.length === 0) return null;
  return (
    <nav aria-label={t("yearSwitcherLabel")}>
      <ul className="flex flex-wrap gap-2">
        {years.map(({ year }) => {
          const isCurrent = year === current;
          return (
            <li key={year}>
              <Link
                href={planHref({ year })}
                aria-current={isCurrent ? "page" : undefined}
                className={
                  isCurrent
                    ? "block rounded-full bg-brand-700 px-3 py-1 text-sm font-medium text-white"
                    : "block rounded-full border border-stone-300 bg-white px-3 py-1 text-sm text-stone-700 hover:border-brand-700 hover:text-brand-700"
                }
              >
                {t("yearLink", { year })}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
