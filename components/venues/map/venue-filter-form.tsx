import { getTranslations } from "next-intl/server";
import { durationChoices } from "@/lib/venues/public/free-at";
import { venueKinds, type VenueMapFilters } from "@/lib/venues/public/filters";
import { Input } from "@/components/ui/control";
import { FilterBar, FilterField, FilterSelect } from "@/components/ui/filter-bar";

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
      <FilterSelect
        label={t("kind")}
        name="kind"
        value={filters.kind}
        any={t("allKinds")}
        options={venueKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        className="col-span-2 lg:col-span-1"
      />
      <FilterField label={t("date")}>
        <Input type="date" name="date" defaultValue={filters.date} />
      </FilterField>
      <FilterField label={t("time")}>
        <Input type="time" name="time" step={900} defaultValue={filters.time} />
      </FilterField>
      <FilterSelect
        label={t("duration")}
        name="duration"
        value={filters.duration}
        options={durationChoices.map((minutes) => ({
          value: minutes,
          label: t("durationMinutes", { minutes }),
        }))}
        className="col-span-2 lg:col-span-1"
      />
    </FilterBar>
  );
}
