import { db, type Tx } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import type { CurrentUser } from "@/lib/core/auth/session";
import { lockRotationYear } from "@/lib/rotation/lock";
import type { SaveRotationYearInput, SaveUnitTimesInput } from "./schemas";

/** Creates a year's rotation settings, or updates them when the form's version is current. */
export async function saveRotationYear(actor: CurrentUser, input: SaveRotationYearInput): Promise<void> {
  const data = {
    dutyMonths: [...input.dutyMonths].sort((a, b) => a - b),
    defaultTimes: input.defaultTimes,
    preferenceDeadline: input.preferenceDeadline,
  };
  await db.$transaction(async (tx) => {
    await lockRotationYear(tx, input.year);
    const existing = await tx.rotationYear.findUnique({
      where: { year: input.year },
      select: { dutyMonths: true, defaultTimes: true, preferenceDeadline: true, version: true },
    });
    if (input.version === undefined) {
      // The page offered "create" but someone created the year meanwhile.
      if (existing) throw new DomainError("rotation.admin.errors.yearExists", { year: input.year }, "year");
      await tx.rotationYear.create({ data: { year: input.year, ...data } });
    } else {
      if (!existing) throw new DomainError("rotation.admin.errors.yearMissing", { year: input.year });
      const updated = await tx.rotationYear.updateMany({
        where: { year: input.year, version: input.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (updated.count === 0) throw new DomainError("rotation.admin.errors.stale");
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: existing ? "rotation.updateSettings" : "rotation.createSettings",
      entity: "RotationYear",
      entityId: input.year,
      before: existing ?? undefined,
      after: data,
    });
  });
}

/** The year's settings must exist and the unit be active before its inputs change. */
export async function assertYearAndActiveUnits(tx: Tx, year: number, unitIds: number[], field: string) {
  const exists = await tx.rotationYear.count({ where: { year } });
  if (exists === 0) throw new DomainError("rotation.admin.errors.yearMissing", { year });
  const active = await tx.unit.count({ where: { id: { in: unitIds }, status: "ACTIVE" } });
  if (active !== new Set(unitIds).size)
    throw new DomainError("rotation.admin.errors.unitNotActive", undefined, field);
}

/** Sets how many times one unit serves this year (null: the year's default). */
export async function saveRotationUnitTimes(actor: CurrentUser, input: SaveUnitTimesInput): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockRotationYear(tx, input.year);
    await assertYearAndActiveUnits(tx, input.year, [input.unitId], "times");
    const key = { year_unitId: { year: input.year, unitId: input.unitId } };
    const before = await tx.rotationUnitSetting.findUnique({ where: key, select: { times: true } });
    // The unit's own preferences stay; its version moves so a stale preferences form notices.
    await tx.rotationUnitSetting.upsert({
      where: key,
      create: { year: input.year, unitId: input.unitId, times: input.times },
      update: { times: input.times, version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "rotation.setUnitTimes",
      entity: "RotationUnitSetting",
      entityId: `${input.year}:${input.unitId}`,
      unitId: input.unitId,
      before: { times: before?.times ?? null },
      after: { times: input.times },
    });
  });
}
