import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { unitBadgesText } from "@/components/units/directory/unit-badges";
import { UnitGroups, type UnitBadge } from "@/components/units/directory/unit-card-list";
import { UnitSearchForm } from "@/components/units/directory/unit-search-form";
import { listPublicUnits } from "@/lib/units/directory/queries";
import {
  groupUnitsByCategory,
  pageGroups,
  unitsHref,
  UNITS_PAGE_SIZE,
  type UnitSearch,
} from "@/lib/units/directory/unit-params";
import { groupStartPages, pageOf } from "@/lib/core/site/paging";
import { Pager } from "@/components/ui/pager";
import type { UnitCategory } from "@/lib/generated/prisma/enums";

export async function unitsMetadata(): Promise<Metadata> {
  const t = await getTranslations("units.directory");
  return { title: t("title") };
}

/** The directory, or the units a search finds (rendered per request by units/_search). */
export async function UnitsView({ search }: { search: UnitSearch }) {
  const t = await getTranslations("units.directory");
  const te = await getTranslations("core.enums");
  // Only ACTIVE units are listed: see listPublicUnits for why SUSPENDED ones are hidden too.
  const [units, badges] = await Promise.all([listPublicUnits(search), unitBadgesText()]);
  const groups = groupUnitsByCategory(units);
  // A page past the last is a 404 (never a cache entry of its own).
  const paging = pageOf(units.length, search.page ?? 1, UNITS_PAGE_SIZE);
  if (!paging) notFound();
  const startPages = groupStartPages(
    groups.map((group) => ({ key: group.category, count: group.units.length })),
    UNITS_PAGE_SIZE,
  );
  const label = (category: UnitCategory) => te(`UnitCategory.${category}`);
  const badgeTable: UnitBadge[] = [];
  const badgeIndex = (badge: UnitBadge) => {
    const found = badgeTable.findIndex((known) => known.label === badge.label && known.tone === badge.tone);
    return found >= 0 ? found : badgeTable.push(badge) - 1;
  };
  const shown = pageGroups(groups, paging).map((group) => ({
    id: `category-${group.category}`,
    label: label(group.category),
    count: t("categoryCount", { count: group.total }),
    rows: group.units.map((unit) => ({
      slug: unit.slug,
      shortName: unit.shortName,
      name: unit.name,
      badges: badges(unit).map(badgeIndex),
    })),
  }));

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
          <UnitGroups
            navLabel={t("categoryNav")}
            links={groups.map(({ category }) => {
              const page = startPages.get(category) ?? 1;
              const id = `category-${category}`;
              const href = page === paging.page ? `#${id}` : `${unitsHref({ ...search, page })}#${id}`;
              return { id, label: label(category), href };
            })}
            badges={badgeTable}
            groups={shown}
          />
          <Pager
            page={paging.page}
            pageCount={paging.pageCount}
            href={(page) => unitsHref({ ...search, page })}
          />
        </>
      )}
    </div>
  );
}
