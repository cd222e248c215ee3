import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Links to each year with a published rotation; the shown year is marked as current. */
export async function RotationYearNav({ years, current }: { years: readonly number[]; current: number }) {
  const t = await getTranslations("rotation.public");
  if (years.length === 0) return null;
  return (
    <nav aria-label={t("yearNavLabel")}>
      <ul className="flex flex-wrap gap-2">
        {years.map((year) => {
          const isCurrent = year === current;
          return (
            <li key={year}>
              <Link
                href={`/rotation?year=${year}`}
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
