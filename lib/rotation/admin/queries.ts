import "server-only";
import { db } from "@/lib/core/db";
import { beijingYearMonth } from "@/lib/core/time/beijing";
import { buildRotationInput } from "@/lib/rotation/build-input";
import { evaluateSchedule, type Violation } from "@/lib/rotation/scheduler";
import { readStoredCost, type StoredCost } from "./stored-cost";

// Reads for /admin/rotation (drafts and every version included).

export async function listRotationYears() {
  return db.rotationYear.findMany({
    orderBy: { year: "desc" },
    select: { year: true, schedules: { select: { status: true } } },
  });
}

/** Next year once its settings exist (planning ahead), else the current year. */
export function defaultRotationYear(existing: number[], now = new Date()): number {
  const { year } = beijingYearMonth(now);
  return existing.includes(year + 1) ? year + 1 : year;
}

export async function getRotationYearAdmin(year: number) {
  const settings = await db.rotationYear.findUnique({
    where: { year },
    select: { year: true, dutyMonths: true, defaultTimes: true, preferenceDeadline: true, version: true },
  });
  if (!settings) return null;
  const [units, unitSettings, pairs, versions] = await Promise.all([
    db.unit.findMany({
      where: { status: "ACTIVE" },
      orderBy: [{ category: "asc" }, { id: "asc" }],
      select: { id: true, name: true, shortName: true, category: true },
    }),
    db.rotationUnitSetting.findMany({
      where: { year },
      select: { unitId: true, preferences: true, blackouts: true, times: true, updatedAt: true },
    }),
    db.rotationPair.findMany({
      where: { year },
      orderBy: { id: "asc" },
      select: { id: true, unitA: { select: { name: true } }, unitB: { select: { name: true } } },
    }),
    db.rotationSchedule.findMany({
      where: { year },
      orderBy: { number: "desc" },
      select: {
        id: true,
        number: true,
        status: true,
        basedOnNumber: true,
        createdAt: true,
        publishedAt: true,
        cost: true,
        createdBy: { select: { name: true } },
      },
    }),
  ]);
  const byUnit = new Map(unitSettings.map((row) => [row.unitId, row]));
  const withSettings = units.map((unit) => ({ ...unit, setting: byUnit.get(unit.id) ?? null }));
  return {
    settings,
    units: withSettings,
    /** Active units that entered preferred or blackout months (the admin overview counts these). */
    entered: withSettings.filter(
      (unit) => (unit.setting?.preferences.length ?? 0) + (unit.setting?.blackouts.length ?? 0) > 0,
    ).length,
    pairs,
    versions: versions.map(({ cost, createdBy, ...version }) => ({
      ...version,
      createdBy: createdBy.name,
      total: readStoredCost(cost)?.total ?? null,
    })),
  };
}

export type ScheduleView = {
  id: number;
  number: number;
  status: "DRAFT" | "PUBLISHED" | "SUPERSEDED" | "DISCARDED";
  version: number;
  basedOnNumber: number | null;
  duties: Array<{ unitId: number; month: number; name: string; category: string }>;
  cost: StoredCost | null;
  /** Hard rules the duties break under the year's current inputs (drafts only). */
  violations: Violation[];
  unitNames: Map<number, string>;
  /** Each unit's current inputs, to explain which preference it got. */
  inputs: Map<number, { preferences: number[]; blackouts: number[]; times: number }>;
};

/** One version by number, or (number null) the draft, else the published version. */
export async function getScheduleView(year: number, number: number | null): Promise<ScheduleView | null> {
  const schedule = await db.rotationSchedule.findFirst({
    where: number === null ? { year, status: { in: ["DRAFT", "PUBLISHED"] } } : { year, number },
    // DRAFT sorts before PUBLISHED: the draft is what an admin works on.
    orderBy: { status: "asc" },
    select: {
      id: true,
      number: true,
      status: true,
      version: true,
      basedOnNumber: true,
      cost: true,
      assignments: {
        orderBy: [{ month: "asc" }, { unit: { category: "asc" } }, { unitId: "asc" }],
        select: { unitId: true, month: true, unit: { select: { name: true, category: true } } },
      },
    },
  });
  if (!schedule) return null;
  const built = await buildRotationInput(db, year);
  const duties = schedule.assignments.map(({ unit, ...duty }) => ({ ...duty, ...unit }));
  const names = new Map(built?.unitNames ?? []);
  for (const duty of duties) names.set(duty.unitId, duty.name);
  const live = schedule.status === "DRAFT" && built ? evaluateSchedule(built.input, duties) : null;
  return {
    id: schedule.id,
    number: schedule.number,
    status: schedule.status,
    version: schedule.version,
    basedOnNumber: schedule.basedOnNumber,
    duties,
    cost: readStoredCost(schedule.cost),
    violations: live?.violations ?? [],
    unitNames: names,
    inputs: new Map(
      (built?.input.units ?? []).map((unit) => [
        unit.unitId,
        { preferences: unit.preferences, blackouts: unit.blackouts, times: unit.times },
      ]),
    ),
  };
}
