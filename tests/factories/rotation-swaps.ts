// A published rotation schedule with units that can swap, for the swap and preference tests.
import { db } from "@/lib/core/db";
import { createAdmin, createSecretary, createUnit } from "./index";
import { createRotationSchedule, createRotationYear } from "./rotation";

export type SwapWorld = Awaited<ReturnType<typeof createSwapWorld>>;

/**
 * Units A, B and C with a secretary each, an admin and a year (far in the future, so no month
 * has started) whose published schedule has A in March and September, B in May, C in May and July.
 */
export async function createSwapWorld(options: { year?: number } = {}) {
  const [unitA, unitB, unitC] = [await createUnit(), await createUnit(), await createUnit()];
  const [secretaryA, secretaryB, secretaryC] = [
    await createSecretary(unitA.id),
    await createSecretary(unitB.id),
    await createSecretary(unitC.id),
  ];
  const admin = await createAdmin();
  const year = options.year
    ? await db.rotationYear.create({
        data: { year: options.year, dutyMonths: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
      })
    : await createRotationYear();
  const schedule = await createRotationSchedule(year.year, admin.id, [
    { unitId: unitA.id, month: 3 },
    { unitId: unitA.id, month: 9 },
    { unitId: unitB.id, month: 5 },
    { unitId: unitC.id, month: 5 },
    { unitId: unitC.id, month: 7 },
  ]);
  return { year: year.year, schedule, unitA, unitB, unitC, secretaryA, secretaryB, secretaryC, admin };
}

/** The schedule's duties as "unitId:month", sorted, for comparing before and after. */
export async function dutiesOf(scheduleId: number): Promise<string[]> {
  const rows = await db.rotationAssignment.findMany({
    where: { scheduleId },
    select: { unitId: true, month: true },
  });
  return rows.map((row) => `${row.unitId}:${row.month}`).sort();
}

/** A swap row in the given state, as if requested (and answered) through the actions. */
export async function createSwap(
  world: SwapWorld,
  fields: { fromUnitId: number; fromMonth: number; toUnitId: number; toMonth: number },
  status: "REQUESTED" | "ACCEPTED" = "REQUESTED",
) {
  return db.rotationSwap.create({
    data: { scheduleId: world.schedule.id, ...fields, status, requestedById: world.admin.id },
  });
}
