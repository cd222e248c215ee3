import { Link } from "@/lib/core/i18n/navigation";

export type YearPill = { year: number; href: string; label: string };

/**
 * A row of year links (the plan's and the rotation's years); the shown year is marked as the
 * current page. Callers give the labels and links, so one look serves every domain.
 */
export function YearPills({ label, years, current }: { label: string; years: YearPill[]; current: number }) {
  if (years.length === 0) return null;
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2">
        {years.map(({ year, href, label: text }) => {
          const isCurrent = year === current;
          return (
            <li key={year}>
              <Link
                href={href}
                aria-current={isCurrent ? "page" : undefined}
                className={
                  isCurrent
                    ? "block rounded-full bg-brand-700 px-3 py-1 text-sm font-medium text-white"
                    : "block rounded-full border border-stone-300 bg-white px-3 py-1 text-sm text-stone-700 hover:border-brand-700 hover:text-brand-700"
                }
              >
                {text}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
