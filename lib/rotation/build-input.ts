import type { Db, Tx } from "@/lib/core/db";
import type { RotationInput } from "@/lib/rotation/scheduler";

type Reader = Db | Tx;

export type RotationYearInput = {
  input: RotationInput;
  /** Unit names by id, for explaining infeasibility and violations. */
  unitNames: Map<number, string>;
};

/**
 * The scheduler's input for a year as the database holds it now: every ACTIVE unit with its
 * times (its own or the year's default), ranked preferences and blackouts, its duty months in
 * last year's PUBLISHED schedule, and the requested pairs between active units. Null when the
 * year has no settings. Shared by the admin pages and the swap slice (evaluateSchedule).
 */
export async function buildRotationInput(client: Reader, year: number): Promise<RotationYearInput | null> {
  const settings = await client.rotationYear.findUnique({
    where: { year },
    select: { dutyMonths: true, defaultTimes: true },
  });
  if (!settings) return null;
  const [units, unitSettings, lastYear, pairs] = await Promise.all([
    client.unit.findMany({
      where: { status: "ACTIVE" },
      orderBy: { id: "asc" },
      select: { id: true, name: true, category: true },
    }),
    client.rotationUnitSetting.findMany({
      where: { year },
      select: { unitId: true, preferences: true, blackouts: true, times: true },
    }),
    client.rotationAssignment.findMany({
      where: { schedule: { year: year - 1, status: "PUBLISHED" } },
      select: { unitId: true, month: true },
    }),
    client.rotationPair.findMany({
      where: { year },
      orderBy: { id: "asc" },
      select: { unitAId: true, unitBId: true },
    }),
  ]);
  const byUnit = new Map(unitSettings.map((row) => [row.unitId, row]));
  const active = new Set(units.map((unit) => unit.id));
  return {
    input: {
      dutyMonths: [...settings.dutyMonths].sort((a, b) => a - b),
      units: units.map((unit) => {
        const own = byUnit.get(unit.id);
        return {
          unitId: unit.id,
          category: unit.category,
          times: own?.times ?? settings.defaultTimes,
          preferences: own?.preferences ?? [],
          blackouts: own?.blackouts ?? [],
          lastYearMonths: lastYear
            .filter((row) => row.unitId === unit.id)
            .map((row) => row.month)
            .sort((a, b) => a - b),
        };
      }),
      // A pair with a unit that has left is no longer a request anybody can honour.
      pairs: pairs
        .filter((pair) => active.has(pair.unitAId) && active.has(pair.unitBId))
        .map((pair) => [pair.unitAId, pair.unitBId] as [number, number]),
    },
    unitNames: new Map(units.map((unit) => [unit.id, unit.name])),
  };
}
