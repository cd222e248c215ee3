import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { durationChoices } from "@/lib/venues/public/free-at";
import { venueKinds, type VenueMapFilters } from "@/lib/venues/public/filters";
import { buttonClass } from "@/components/ui/button-link";

const fieldClass =
  "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base text-stone-900 sm:text-sm";

/** Kind and "free at" filters as a plain GET form: works without JavaScript, shareable URLs. */
export async function VenueFilterForm({ filters }: { filters: VenueMapFilters }) {
  const t = await getTranslations("venues.map");
  return (
    <form method="get" action="/venues" role="search" aria-labelledby="venue-filters-heading">
      <h2 id="venue-filters-heading" className="text-sm font-semibold text-stone-700">
        {t("filtersTitle")}
      </h2>
      <div className="mt-2 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <label className="col-span-2 block text-sm font-medium text-stone-700 lg:col-span-1">
          {t("kind")}
          <select name="kind" defaultValue={filters.kind ?? ""} className={fieldClass}>
            <option value="">{t("allKinds")}</option>
            {venueKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm font-medium text-stone-700">
          {t("date")}
          <input type="date" name="date" defaultValue={filters.date} className={fieldClass} />
        </label>
        <label className="block text-sm font-medium text-stone-700">
          {t("time")}
          <input type="time" name="time" step={900} defaultValue={filters.time} className={fieldClass} />
        </label>
        <label className="col-span-2 block text-sm font-medium text-stone-700 lg:col-span-1">
          {t("duration")}
          <select name="duration" defaultValue={String(filters.duration)} className={fieldClass}>
            {durationChoices.map((minutes) => (
              <option key={minutes} value={minutes}>
                {t("durationMinutes", { minutes })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="mt-2 text-xs text-stone-600">{t("freeAtHint")}</p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass("primary", "text-sm")}>
          {t("apply")}
        </button>
        <Link href="/venues" className="text-sm text-brand-700 underline underline-offset-2">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
