// Helpers for the admin rotation tests: checking a stored schedule against the hard rules
// (independently of the scheduler's own evaluation) and reading a year's versions.
import { db } from "@/lib/core/db";
import { buildRotationInput } from "@/lib/rotation/build-input";

/** The hard rules a stored schedule breaks under the year's current inputs, as plain text. */
export async function brokenHardRules(year: number, scheduleId: number): Promise<string[]> {
  const built = await buildRotationInput(db, year);
  if (!built) return ["no settings"];
  const duties = await db.rotationAssignment.findMany({ where: { scheduleId } });
  const problems: string[] = [];
  for (const unit of built.input.units) {
    const months = duties.filter((duty) => duty.unitId === unit.unitId).map((duty) => duty.month);
    if (months.length !== unit.times) problems.push(`unit ${unit.unitId} serves ${months.length}`);
    for (const month of months) {
      if (unit.blackouts.includes(month)) problems.push(`unit ${unit.unitId} blackout ${month}`);
      if (!built.input.dutyMonths.includes(month)) problems.push(`unit ${unit.unitId} no duty ${month}`);
    }
  }
  const active = new Set(built.input.units.map((unit) => unit.unitId));
  if (duties.some((duty) => !active.has(duty.unitId))) problems.push("inactive unit on duty");
  const loads = built.input.dutyMonths.map((month) => duties.filter((duty) => duty.month === month).length);
  if (loads.length > 0 && Math.max(...loads) - Math.min(...loads) > 1)
    problems.push(`loads ${loads.join(",")}`);
  return problems;
}

export async function versionsOf(year: number) {
  return db.rotationSchedule.findMany({
    where: { year },
    orderBy: { number: "asc" },
    select: { id: true, number: true, status: true, basedOnNumber: true, version: true, publishedAt: true },
  });
}

/** Form fields for the settings form. */
export function settingsFields(year: number, overrides: Record<string, string | number | string[]> = {}) {
  return {
    year,
    dutyMonths: ["1", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"],
    defaultTimes: 1,
    preferenceDeadline: "",
    ...overrides,
  };
}
