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
          return (
            <li key={year}>
              <Link href={href} aria-current={year === current ? "page" : undefined} className="year-pill">
                {text}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
