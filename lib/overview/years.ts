import "server-only";
import { db } from "@/lib/core/db";

/**
 * The years a year picker offers: every year that has an activity list (plan) or records —
 * rotation settings, commitment records, meetings, bookings and service-site visits — newest
 * first. Dated records count in the year of their Beijing date (Asia/Shanghai).
 *
 * Each part is read through an index, so the picker costs the same after years of records:
 * activities need no part of their own (Activity.year is a PlanYear), commitment records are read
 * per unit (its (unitId, year) index) and bookings per venue, first and last only (its
 * (venueId, startsAt) index) — the years between a venue's first and last booking have plans.
 */
export async function listReportYears(): Promise<number[]> {
  const rows = await db.$queryRaw<Array<{ year: number }>>`
    SELECT "year" FROM "PlanYear"
    UNION SELECT "year" FROM "RotationYear"
    UNION SELECT c."year" FROM "Unit" u
      CROSS JOIN LATERAL (
        SELECT DISTINCT "year" FROM "CommitmentRecord" WHERE "unitId" = u."id"
      ) c
    UNION SELECT EXTRACT(YEAR FROM "startsAt" AT TIME ZONE 'Asia/Shanghai')::int FROM "Meeting"
    UNION SELECT EXTRACT(YEAR FROM ends."at" AT TIME ZONE 'Asia/Shanghai')::int FROM "Venue" v
      CROSS JOIN LATERAL (
        SELECT min("startsAt") AS "first", max("startsAt") AS "last" FROM "Booking" WHERE "venueId" = v."id"
      ) b
      CROSS JOIN LATERAL (VALUES (b."first"), (b."last")) AS ends("at")
      WHERE ends."at" IS NOT NULL
    UNION SELECT EXTRACT(YEAR FROM "servedOn")::int FROM "ServiceLogEntry"
    ORDER BY 1 DESC`;
  return rows.map((row) => Number(row.year));
}
