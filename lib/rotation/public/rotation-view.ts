import { single, type ListPage } from "@/lib/core/site/list-query";

// Pure shaping of the public rotation page (/rotation): which year to show and the twelve
// months with their duty units and the activities those units lead.

/** Years a visitor may ask for (as on the plan); any other `?year=` is dropped. */
export const MIN_ROTATION_YEAR = 2000;
export const MAX_ROTATION_YEAR = 2100;

/** `?year=` when it is a plausible year, else undefined. */
export function parseRotationYear(raw: string | undefined): number | undefined {
  if (raw === undefined || !/^\d{4}$/.test(raw.trim())) return undefined;
  const year = Number(raw.trim());
  return year >= MIN_ROTATION_YEAR && year <= MAX_ROTATION_YEAR ? year : undefined;
}

/** `/rotation` as proxy.ts routes it (lib/core/site/list-query.ts): one cached page per year. */
export const rotationList: ListPage = {
  path: "/rotation",
  cachedRoot: "/rotation",
  searchRoute: null,
  cachedKeys: ["year"],
  canonical(params) {
    const year = parseRotationYear(single(params, "year"));
    return year === undefined ? [] : [["year", String(year)]];
  },
};

/**
 * The year shown: the requested one when `?year=` is a plausible year (even without a published
 * schedule: the page then says so); otherwise the current Beijing year if published, else the
 * published year nearest to it (the later one on a tie: people look ahead), else the current year.
 */
export function chooseRotationYear(
  requested: string | string[] | undefined,
  published: readonly number[],
  currentYear: number,
): number {
  const year = parseRotationYear(Array.isArray(requested) ? requested[0] : requested);
  if (year !== undefined) return year;
  if (published.length === 0 || published.includes(currentYear)) return currentYear;
  return [...published].sort((a, b) => Math.abs(a - currentYear) - Math.abs(b - currentYear) || b - a)[0]!;
}

export type DutyUnit = { id: number; slug: string; name: string; status: string };
export type LedActivity = { id: number; title: string; plannedMonth: number; leadUnitId: number | null };

export type RotationMonth = {
  month: number;
  /** Whether the committee set this month to need duty units (RotationYear.dutyMonths). */
  needsDuty: boolean;
  units: DutyUnit[];
  /** The activities of the list that this month's duty units lead in this month. */
  activities: LedActivity[];
};

const collator = new Intl.Collator("zh-Hans-CN");

/**
 * All twelve months, in order; a month without duty has no units (and so no activities), and
 * says whether that is the committee's setting (not among `dutyMonths`) or no unit was placed.
 */
export function buildRotationMonths(
  assignments: ReadonlyArray<{ month: number; unit: DutyUnit }>,
  activities: readonly LedActivity[],
  dutyMonths: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
): RotationMonth[] {
  return Array.from({ length: 12 }, (_, index) => {
    const month = index + 1;
    const units = assignments
      .filter((assignment) => assignment.month === month)
      .map((assignment) => assignment.unit)
      .sort((a, b) => collator.compare(a.name, b.name));
    const ids = new Set(units.map((unit) => unit.id));
    const led = activities.filter(
      (activity) =>
        activity.plannedMonth === month && activity.leadUnitId !== null && ids.has(activity.leadUnitId),
    );
    return { month, needsDuty: dutyMonths.includes(month), units, activities: led };
  });
}
