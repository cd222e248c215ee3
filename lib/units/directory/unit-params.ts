// Pure helpers for the public member-unit pages: URL parameter parsing and grouping.
// No database or server-only imports here, so these run under Vitest as they are.
import { z } from "zod";
import { UnitCategory } from "@/lib/generated/prisma/enums";
import { single, type ListPage } from "@/lib/core/site/list-query";
import { pageParamSchema, type Paging } from "@/lib/core/site/paging";
import { hasControlCharacters } from "@/lib/core/forms/fields";

/** Longest free-text search we accept; anything longer is ignored rather than rejected. */
export const MAX_QUERY_LENGTH = 100;

/** A unit slug as used in URLs: lower-case letters, digits and hyphens, at most 60 characters. */
export const unitSlugSchema = z.string().regex(/^[a-z0-9-]{1,60}$/);

/** Returns the slug when it has the right shape, otherwise null (so the page can 404 early). */
export function parseUnitSlug(raw: unknown): string | null {
  const result = unitSlugSchema.safeParse(raw);
  return result.success ? result.data : null;
}

/**
 * Optional free-text search: trimmed; empty, too long, repeated (`?q=a&q=b`) or holding a control
 * character (`?q=%00`: PostgreSQL refuses NUL in a query) means "no search".
 */
export const searchTextSchema = z
  .string()
  .trim()
  .max(MAX_QUERY_LENGTH)
  .refine((value) => !hasControlCharacters(value))
  .transform((value) => (value === "" ? undefined : value))
  .optional()
  .catch(undefined);

export interface UnitSearch {
  q?: string;
  /** The page of the directory, from 2 (UNITS_PAGE_SIZE units per page). */
  page?: number;
}

/** The directory shows this many units per page: /units weighs the same at 30 or 300 units. */
export const UNITS_PAGE_SIZE = 60;

type RawSearchParams = Record<string, string | string[] | undefined>;

/** Parses the directory's search parameters; never throws. */
export function parseUnitSearch(params: RawSearchParams): UnitSearch {
  const q = searchTextSchema.parse(params.q);
  const page = pageParamSchema.optional().catch(undefined).parse(params.page);
  return { ...(q === undefined ? {} : { q }), ...(page === undefined ? {} : { page }) };
}

/** The directory's address for a search and a page (page 1 is the address without it). */
export function unitsHref({ q, page }: UnitSearch): string {
  const params = new URLSearchParams();
  if (q !== undefined) params.set("q", q);
  if (page !== undefined && page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/units?${query}` : "/units";
}

/**
 * `/units` as proxy.ts routes it (lib/core/site/list-query.ts): the bare directory is cached, a
 * search (free text) is rendered per request (`units/_search`); later pages are cached too
 * (`units/_f/page-2`).
 */
export const unitsList: ListPage = {
  path: "/units",
  cachedRoot: "/units/_f",
  searchRoute: "/units/_search",
  cachedKeys: ["page"],
  canonical(params) {
    const { q, page } = parseUnitSearch({ q: single(params, "q"), page: single(params, "page") });
    return [
      ...(q === undefined ? [] : [["q", q] as const]),
      ...(page === undefined ? [] : [["page", String(page)] as const]),
    ];
  },
};

/** The five categories in the order the committee's brief lists them. */
export const UNIT_CATEGORY_ORDER: readonly UnitCategory[] = [
  UnitCategory.VERTICAL_AGENCY,
  UnitCategory.STATE_ENTERPRISE,
  UnitCategory.FINANCIAL_INSTITUTION,
  UnitCategory.NEW_ORGANISATION,
  UnitCategory.EMERGING_SECTOR,
];

export interface CategoryGroup<T> {
  category: UnitCategory;
  units: T[];
}

/** Chinese names sort by pinyin; English readers see the same order (names are Chinese). */
const defaultCollator = new Intl.Collator("zh-Hans-CN");

/**
 * Groups units by category in the canonical order, sorting each group by short name.
 * Categories without units are left out.
 */
export function groupUnitsByCategory<T extends { category: UnitCategory; shortName: string }>(
  units: readonly T[],
  collator: Intl.Collator = defaultCollator,
): CategoryGroup<T>[] {
  return UNIT_CATEGORY_ORDER.map((category) => ({
    category,
    units: units
      .filter((unit) => unit.category === category)
      .sort((a, b) => collator.compare(a.shortName, b.shortName)),
  })).filter((group) => group.units.length > 0);
}

/**
 * The part of the grouped directory on one page: each category with its units on this page
 * (categories with none left out) and how many units it has in all.
 */
export function pageGroups<T>(
  groups: readonly CategoryGroup<T>[],
  { skip, take }: Pick<Paging, "skip" | "take">,
): (CategoryGroup<T> & { total: number })[] {
  const shown: (CategoryGroup<T> & { total: number })[] = [];
  let start = 0;
  for (const group of groups) {
    const from = Math.max(skip - start, 0);
    const to = Math.min(skip + take - start, group.units.length);
    if (from < to)
      shown.push({ category: group.category, units: group.units.slice(from, to), total: group.units.length });
    start += group.units.length;
  }
  return shown;
}
