import { getTranslations } from "next-intl/server";
import { MAX_QUERY_LENGTH } from "@/lib/units/directory/unit-params";
import { Input } from "@/components/ui/control";
import { FilterBar, FilterField } from "@/components/ui/filter-bar";

/** Search by name or short name; a plain GET form so it works without JavaScript. */
export async function UnitSearchForm({ q }: { q?: string }) {
  const t = await getTranslations("units.directory");
  return (
    <FilterBar
      action="/units"
      inline
      submitLabel={t("searchSubmit")}
      clear={q ? { href: "/units", label: t("searchClear") } : undefined}
    >
      <FilterField label={t("searchLabel")} className="flex-1 sm:max-w-md">
        <Input
          type="search"
          name="q"
          defaultValue={q ?? ""}
          maxLength={MAX_QUERY_LENGTH}
          placeholder={t("searchPlaceholder")}
        />
      </FilterField>
    </FilterBar>
  );
}
