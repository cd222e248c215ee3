import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";

/** The years with settings as links, and a small form to open any other year. */
export async function YearPicker({ years, current }: { years: number[]; current: number }) {
  const t = await getTranslations("rotation.admin.years");
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-end gap-3">
      <ul className="flex flex-wrap gap-2">
        {years.map((year) => (
          <li key={year}>
            <Link
              href={`/admin/rotation?year=${year}`}
              aria-current={year === current ? "page" : undefined}
              className="inline-block rounded border border-stone-300 px-3 py-1 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
            >
              {year}
            </Link>
          </li>
        ))}
      </ul>
      <form method="get" action="/admin/rotation" className="flex items-end gap-2">
        <label className="text-sm">
          {t("other")}
          <input
            name="year"
            type="number"
            inputMode="numeric"
            min={2000}
            max={9999}
            defaultValue={current}
            className="ml-2 w-24 rounded border border-stone-400 px-2 py-1"
          />
        </label>
        <Button type="submit" variant="secondary" size="sm">
          {t("open")}
        </Button>
      </form>
    </nav>
  );
}
