import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UnitCard } from "@/components/units/directory/unit-card";
import { UnitSearchForm } from "@/components/units/directory/unit-search-form";
import { listPublicUnits } from "@/lib/units/directory/queries";
import { groupUnitsByCategory, type UnitSearch } from "@/lib/units/directory/unit-params";

export async function unitsMetadata(): Promise<Metadata> {
  const t = await getTranslations("units.directory");
  return { title: t("title") };
}

/** The directory, or the units a search finds (rendered per request by units/_search). */
export async function UnitsView({ search }: { search: UnitSearch }) {
  const t = await getTranslations("units.directory");
  const te = await getTranslations("core.enums");
  // Only ACTIVE units are listed: see listPublicUnits for why SUSPENDED ones are hidden too.
  const units = await listPublicUnits(search);
  const groups = groupUnitsByCategory(units);

  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p className="text-stone-700">{t("intro")}</p>
      </header>
      <UnitSearchForm q={search.q} />
      <p className="text-sm text-stone-700">
        {search.q
          ? t("resultCount", { count: units.length, q: search.q })
          : t("count", { count: units.length })}
      </p>
      {groups.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-center text-stone-600">
          {search.q ? t("noResults", { q: search.q }) : t("empty")}
        </p>
      ) : (
        <>
          {groups.length > 1 ? (
            <nav aria-label={t("categoryNav")} className="flex flex-wrap gap-2 text-sm">
              {groups.map((group) => (
                <a
                  key={group.category}
                  href={`#category-${group.category}`}
                  className="rounded border border-stone-300 bg-white px-2 py-0.5 text-stone-700 hover:border-brand-700 hover:text-brand-700"
                >
                  {te(`UnitCategory.${group.category}`)}
                </a>
              ))}
            </nav>
          ) : null}
          {groups.map((group) => (
            <section
              key={group.category}
              id={`category-${group.category}`}
              aria-labelledby={`category-${group.category}-heading`}
              className="scroll-mt-4"
            >
              <h2
                id={`category-${group.category}-heading`}
                className="flex items-baseline gap-2 border-b border-stone-200 pb-1 text-xl font-bold"
              >
                {te(`UnitCategory.${group.category}`)}
                <span className="ml-auto text-sm font-normal text-stone-600">
                  {t("categoryCount", { count: group.units.length })}
                </span>
              </h2>
              <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
                {group.units.map((unit) => (
                  <li key={unit.slug}>
                    <UnitCard unit={unit} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
