import type { Tx } from "@/lib/core/db";
import type { SwapContext } from "./check-swap";

/** The year's published schedule (id, version) or null. */
export async function findPublishedSchedule(tx: Tx, year: number) {
  return tx.rotationSchedule.findFirst({
    where: { year, status: "PUBLISHED" },
    select: { id: true, version: true },
  });
}

/** What checkSwap needs about one schedule version and the two units, read in the caller's transaction. */
export async function loadSwapContext(
  tx: Tx,
  schedule: { id: number; year: number },
  unitIds: number[],
): Promise<SwapContext> {
  const [duties, settings, units] = await Promise.all([
    tx.rotationAssignment.findMany({
      where: { scheduleId: schedule.id },
      select: { unitId: true, month: true },
    }),
    tx.rotationUnitSetting.findMany({
      where: { year: schedule.year, unitId: { in: unitIds } },
      select: { unitId: true, blackouts: true },
    }),
    tx.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, status: true } }),
  ]);
  return {
    year: schedule.year,
    duties,
    blackouts: new Map(settings.map((setting) => [setting.unitId, setting.blackouts])),
    unitStatus: new Map(units.map((unit) => [unit.id, unit.status])),
    now: new Date(),
  };
}
