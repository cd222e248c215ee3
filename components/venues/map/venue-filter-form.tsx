import { getTranslations } from "next-intl/server";
import { durationChoices } from "@/lib/venues/public/free-at";
import { venueKinds, type VenueMapFilters } from "@/lib/venues/public/filters";
import { Input, Select } from "@/components/ui/control";
import { FilterBar, FilterField } from "@/components/ui/filter-bar";

/** Kind and "free at" filters as a plain GET form: works without JavaScript, shareable URLs. */
export async function VenueFilterForm({ filters }: { filters: VenueMapFilters }) {
  const t = await getTranslations("venues.map");
  return (
    <FilterBar
      action="/venues"
      heading={{ id: "venue-filters-heading", text: t("filtersTitle") }}
      columns="grid-cols-2 lg:grid-cols-4"
      note={<p className="mt-2 text-xs text-stone-600">{t("freeAtHint")}</p>}
      submitLabel={t("apply")}
      clear={{ href: "/venues", label: t("clear") }}
    >
      <FilterField label={t("kind")} className="col-span-2 lg:col-span-1">
        <Select name="kind" defaultValue={filters.kind ?? ""}>
          <option value="">{t("allKinds")}</option>
          {venueKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField label={t("date")}>
        <Input type="date" name="date" defaultValue={filters.date} />
      </FilterField>
      <FilterField label={t("time")}>
        <Input type="time" name="time" step={900} defaultValue={filters.time} />
      </FilterField>
      <FilterField label={t("duration")} className="col-span-2 lg:col-span-1">
        <Select name="duration" defaultValue={String(filters.duration)}>
          {durationChoices.map((minutes) => (
            <option key={minutes} value={minutes}>
              {t("durationMinutes", { minutes })}
            </option>
          ))}
        </Select>
      </FilterField>
    </FilterBar>
  );
}
