import type { Prisma } from "@/lib/generated/prisma/client";
import { beijingMonthStart } from "@/lib/core/time/beijing";

// The unit list's two "what did the unit do" filters, which the admin overview links to:
// ?withoutItem=<year> (units that neither lead nor joined an item of that year's list) and
// ?idle=<year>-Q<n> (units with nothing done in that quarter so far). Pure: the conditions are
// Prisma filters, so the list and its count come from one query.

export type Quarter = { year: number; quarter: 1 | 2 | 3 | 4 };

/** "2026-Q2" → { year: 2026, quarter: 2 }; null for anything else. */
export function parseQuarter(value: string | undefined): Quarter | null {
  const match = /^(\d{4})-Q([1-4])$/.exec(value ?? "");
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 2000 || year > 2100) return null;
  return { year, quarter: Number(match[2]) as Quarter["quarter"] };
}

export function formatQuarter({ year, quarter }: Quarter): string {
  return `${year}-Q${quarter}`;
}

/** The quarter's months (1–12), its first and next-quarter calendar days, and its Beijing instants. */
export function quarterRange({ year, quarter }: Quarter) {
  const first = (quarter - 1) * 3 + 1;
  const months = [first, first + 1, first + 2];
  return {
    months,
    fromDay: new Date(Date.UTC(year, first - 1, 1)),
    toDay: new Date(Date.UTC(year, first + 2, 1)),
    start: beijingMonthStart(year, first),
    end: beijingMonthStart(year, first + 3),
  };
}

const liveItem = (year: number) => ({ year, status: { not: "CANCELLED" as const } });

/** Units that lead no item of `year` and joined none (cancelled items and withdrawals do not count). */
export function withoutItemWhere(year: number): Prisma.UnitWhereInput {
  return {
    ledActivities: { none: liveItem(year) },
    participations: { none: { status: "JOINED", activity: liveItem(year) } },
  };
}

/**
 * Units with nothing done in the quarter up to `now`: no held item led or joined whose day falls
 * in it (its planned day, which scheduling keeps on the Beijing date; else its month), no joint
 * meeting attended, no commitment record submitted or confirmed, no confirmed booking that has
 * begun, and no visit to a service site. A record returned for a fix is not "done".
 */
export function idleWhere(quarter: Quarter, now: Date): Prisma.UnitWhereInput {
  const { months, fromDay, toDay, start, end } = quarterRange(quarter);
  const heldInQuarter: Prisma.ActivityWhereInput = {
    year: quarter.year,
    status: { in: ["DONE", "REPORTED"] },
    OR: [{ plannedDate: { gte: fromDay, lt: toDay } }, { plannedDate: null, plannedMonth: { in: months } }],
  };
  const begun = end < now ? end : now;
  return {
    ledActivities: { none: heldInQuarter },
    participations: { none: { status: "JOINED", activity: heldInQuarter } },
    meetingAttendance: {
      none: {
        status: { in: ["PRESENT", "DELEGATE"] },
        meeting: { status: { not: "CANCELLED" }, startsAt: { gte: start, lt: end } },
      },
    },
    commitmentRecords: {
      none: { status: { in: ["SUBMITTED", "CONFIRMED"] }, occurredOn: { gte: fromDay, lt: toDay } },
    },
    bookings: { none: { status: "CONFIRMED", startsAt: { gte: start, lt: begun } } },
    serviceLogUnits: { none: { entry: { servedOn: { gte: fromDay, lt: toDay } } } },
  };
}
