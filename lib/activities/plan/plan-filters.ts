// Parsing of the public activity list's URL parameters. Pure (no server-only imports):
// bad input is never an error here, it simply falls back to the default for that field.
import { z } from "zod";
import { ActivityType, Commitment } from "@/lib/generated/prisma/enums";
import { searchTextSchema, unitSlugSchema } from "@/lib/units";
import { readSegments, single, type ListPage } from "@/lib/core/site/list-query";
import { pageParamSchema } from "@/lib/core/site/paging";

/** Years a visitor may ask for; the database decides which of them have a published list. */
export const MIN_PLAN_YEAR = 2000;
export const MAX_PLAN_YEAR = 2100;

/** Largest value of a Postgres `integer` (Activity.id). */
export const MAX_INT4 = 2_147_483_647;

const yearSchema = z
  .string()
  .regex(/^\d{4}$/)
  .transform(Number)
  .pipe(z.number().int().min(MIN_PLAN_YEAR).max(MAX_PLAN_YEAR));

const monthSchema = z
  .string()
  .regex(/^(?:0?[1-9]|1[0-2])$/)
  .transform(Number);

/**
 * One field per filter. Each falls back to `undefined` on anything unexpected: a missing value,
 * an empty form field, a repeated parameter (array), an unknown enum value or a huge string.
 */
export const planFiltersSchema = z.object({
  year: yearSchema.optional().catch(undefined),
  month: monthSchema.optional().catch(undefined),
  type: z.enum(ActivityType).optional().catch(undefined),
  commitment: z.enum(Commitment).optional().catch(undefined),
  unit: unitSlugSchema.optional().catch(undefined),
  q: searchTextSchema,
  page: pageParamSchema.optional().catch(undefined),
});

export interface PlanFilters {
  year: number;
  month?: number;
  type?: ActivityType;
  commitment?: Commitment;
  /** Lead unit slug. */
  unit?: string;
  /** Text searched for in titles. */
  q?: string;
  /** The page of the matching activities, from 2 (PLAN_PAGE_SIZE per page). */
  page?: number;
}

type RawSearchParams = Record<string, string | string[] | undefined>;

/** Parses `/plan` search parameters; `defaultYear` is used when no valid year is given. */
export function parsePlanFilters(params: RawSearchParams, defaultYear: number): PlanFilters {
  const parsed = planFiltersSchema.parse({
    year: params.year,
    month: params.month,
    type: params.type,
    commitment: params.commitment,
    unit: params.unit,
    q: params.q,
    page: params.page,
  });
  const filters: PlanFilters = { year: parsed.year ?? defaultYear };
  if (parsed.month !== undefined) filters.month = parsed.month;
  if (parsed.type !== undefined) filters.type = parsed.type;
  if (parsed.commitment !== undefined) filters.commitment = parsed.commitment;
  if (parsed.unit !== undefined) filters.unit = parsed.unit;
  if (parsed.q !== undefined) filters.q = parsed.q;
  if (parsed.page !== undefined) filters.page = parsed.page;
  return filters;
}

/**
 * `/plan` as proxy.ts routes it (lib/core/site/list-query.ts): the filters in the order planHref
 * writes them; every filter but the search text is cached (`plan/[[...filter]]`), a search is
 * rendered per request (`plan/_search`). The year stays optional: no year means this year.
 */
export const planList: ListPage = {
  path: "/plan",
  cachedRoot: "/plan",
  searchRoute: "/plan/_search",
  cachedKeys: ["year", "month", "type", "commitment", "unit", "page"],
  canonical(params) {
    const parsed = planFiltersSchema.parse({
      year: single(params, "year"),
      month: single(params, "month"),
      type: single(params, "type"),
      commitment: single(params, "commitment"),
      unit: single(params, "unit"),
      q: single(params, "q"),
      page: single(params, "page"),
    });
    const pairs: [string, string][] = [];
    if (parsed.year !== undefined) pairs.push(["year", String(parsed.year)]);
    if (parsed.month !== undefined) pairs.push(["month", String(parsed.month)]);
    if (parsed.type !== undefined) pairs.push(["type", parsed.type]);
    if (parsed.commitment !== undefined) pairs.push(["commitment", parsed.commitment]);
    if (parsed.unit !== undefined) pairs.push(["unit", parsed.unit]);
    if (parsed.q !== undefined) pairs.push(["q", parsed.q]);
    if (parsed.page !== undefined) pairs.push(["page", String(parsed.page)]);
    return pairs;
  },
};

/**
 * `/plan.ics?year=2026` as proxy.ts routes it: only the year counts (anything else is dropped by
 * a redirect), and each year's feed is its own cached route, `plan.ics/year-2026`
 * (lib/core/site/list-query.ts). No year means this year.
 */
export const planFeedList: ListPage = {
  path: "/plan.ics",
  cachedRoot: "/plan.ics",
  searchRoute: null,
  cachedKeys: ["year"],
  canonical(params) {
    const { year } = planFiltersSchema.pick({ year: true }).parse({ year: single(params, "year") });
    return year === undefined ? [] : [["year", String(year)]];
  },
};

/**
 * The year a plan feed's route segments ask for (`currentYear` when none), or null when they are
 * not the segments of a canonical feed query (the feed then answers 404).
 */
export function planFeedYear(segments: readonly string[], currentYear: number): number | null {
  const query = readSegments(planFeedList, segments);
  if (!query) return null;
  const year = query.get("year");
  return year === null ? currentYear : Number(year);
}

/** True when anything beyond the year narrows the list. */
export function hasActiveFilters(filters: PlanFilters): boolean {
  return (
    filters.month !== undefined ||
    filters.type !== undefined ||
    filters.commitment !== undefined ||
    filters.unit !== undefined ||
    filters.q !== undefined
  );
}

/** The `/plan` URL for a set of filters (the default year is left out to keep links short). */
export function planHref(filters: Partial<PlanFilters>, defaultYear?: number): string {
  const params = new URLSearchParams();
  if (filters.year !== undefined && filters.year !== defaultYear) params.set("year", String(filters.year));
  if (filters.month !== undefined) params.set("month", String(filters.month));
  if (filters.type !== undefined) params.set("type", filters.type);
  if (filters.commitment !== undefined) params.set("commitment", filters.commitment);
  if (filters.unit !== undefined) params.set("unit", filters.unit);
  if (filters.q !== undefined) params.set("q", filters.q);
  if (filters.page !== undefined && filters.page > 1) params.set("page", String(filters.page));
  const query = params.toString();
  return query ? `/plan?${query}` : "/plan";
}

/** An activity id from the URL: a positive Postgres integer written without leading zeros. */
export const activityIdSchema = z
  .string()
  .regex(/^[1-9]\d{0,9}$/)
  .transform(Number)
  .pipe(z.number().int().positive().max(MAX_INT4));

/** Returns the id, or null when the segment is not a valid id (the page then 404s). */
export function parseActivityId(raw: unknown): number | null {
  const result = activityIdSchema.safeParse(raw);
  return result.success ? result.data : null;
}

/** More lead units than a phone's select can be scanned for: the search box finds them instead. */
export const LEAD_UNIT_CHOICES_MAX = 40;

/**
 * The lead units the filter form offers: all of the year's while they are few; beyond that only
 * the one filtered by, if any (so the form shows and keeps it). The search box matches lead
 * units' names too, and a select of hundreds of units would weigh more than the list it filters.
 */
export function leadUnitChoices<T extends { slug: string }>(
  units: readonly T[],
  chosen: string | undefined,
): T[] {
  if (units.length <= LEAD_UNIT_CHOICES_MAX) return [...units];
  return units.filter((unit) => unit.slug === chosen);
}
