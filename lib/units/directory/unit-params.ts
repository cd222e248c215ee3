// Pure helpers for the public member-unit pages: URL parameter parsing and grouping.
// No database or server-only imports here, so these run under Vitest as they are.
import { z } from "zod";
import { UnitCategory } from "@/lib/generated/prisma/enums";
import { single, type ListPage } from "@/lib/core/site/list-query";

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
 * Optional free-text search: trimmed; empty, too long or repeated (`?q=a&q=b`) means "no search".
 */
export const searchTextSchema = z
  .string()
  .trim()
  .max(MAX_QUERY_LENGTH)
  .transform((value) => (value === "" ? undefined : value))
  .optional()
  .catch(undefined);

export interface UnitSearch {
  q?: string;
}

type RawSearchParams = Record<string, string | string[] | undefined>;

/** Parses the directory's search parameters; never throws. */
export function parseUnitSearch(params: RawSearchParams): UnitSearch {
  const q = searchTextSchema.parse(params.q);
  return q === undefined ? {} : { q };
}

/**
 * `/units` as proxy.ts routes it (lib/core/site/list-query.ts): the bare directory is cached, a
 * search (free text) is rendered per request (`units/_search`).
 */
export const unitsList: ListPage = {
  path: "/units",
  cachedRoot: "/units/_f",
  searchRoute: "/units/_search",
  cachedKeys: [],
  canonical(params) {
    const q = searchTextSchema.parse(single(params, "q"));
    return q === undefined ? [] : [["q", q]];
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
