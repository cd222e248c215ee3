import "server-only";
import { db } from "@/lib/core/db";

/** The rotation years a secretary can act on: this year and next (Beijing), if they exist. */
export async function listOpenRotationYears(currentYear: number): Promise<number[]> {
  const rows = await db.rotationYear.findMany({
    where: { year: { in: [currentYear, currentYear + 1] } },
    orderBy: { year: "asc" },
    select: { year: true },
  });
  return rows.map((row) => row.year);
}

/** The year's settings and the unit's inputs (null when it has saved none). */
export async function getUnitRotationInputs(year: number, unitId: number) {
  const [rotation, setting] = await Promise.all([
    db.rotationYear.findUnique({
      where: { year },
      select: { year: true, dutyMonths: true, defaultTimes: true, preferenceDeadline: true },
    }),
    db.rotationUnitSetting.findUnique({
      where: { year_unitId: { year, unitId } },
      select: { preferences: true, blackouts: true, times: true, version: true, updatedAt: true },
    }),
  ]);
  return rotation ? { rotation, setting } : null;
}
