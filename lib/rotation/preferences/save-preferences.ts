import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError, isUniqueViolation } from "@/lib/core/errors";
import { lockRotationYear } from "@/lib/rotation/lock";
import type { CurrentUser } from "@/lib/core/auth/session";
import { checkPreferences } from "./check-preferences";
import type { SavePreferencesInput } from "./schemas";

/**
 * A secretary saves their unit's ranked preferred months and blackout months for a year, before
 * the deadline. Optimistic: the form carries the setting's version, so two secretaries of one
 * unit never overwrite each other silently.
 */
export async function saveRotationPreferences(
  actor: CurrentUser,
  input: SavePreferencesInput,
): Promise<void> {
  const unitId = actor.unitId;
  if (unitId === null) throw new DomainError("core.errors.forbidden");
  try {
    await db.$transaction(async (tx) => {
      // The year's inputs change: a generation running now sees them all or none.
      await lockRotationYear(tx, input.year);
      const year = await tx.rotationYear.findUnique({
        where: { year: input.year },
        select: { dutyMonths: true, defaultTimes: true, preferenceDeadline: true },
      });
      if (!year) throw new DomainError("rotation.unit.errors.yearNotFound");
      const current = await tx.rotationUnitSetting.findUnique({
        where: { year_unitId: { year: input.year, unitId } },
        select: { preferences: true, blackouts: true, times: true, version: true },
      });
      const problem = checkPreferences(input, {
        dutyMonths: year.dutyMonths,
        times: current?.times ?? year.defaultTimes,
        preferenceDeadline: year.preferenceDeadline,
        now: new Date(),
      });
      if (problem) throw new DomainError(problem.key, problem.values, problem.field);
      if ((current?.version ?? 0) !== input.version) throw new DomainError("rotation.unit.errors.stale");
      const data = { preferences: input.preferences, blackouts: input.blackouts };
      if (current) {
        const updated = await tx.rotationUnitSetting.updateMany({
          where: { year: input.year, unitId, version: input.version },
          data: { ...data, version: { increment: 1 } },
        });
        if (updated.count === 0) throw new DomainError("rotation.unit.errors.stale");
      } else {
        await tx.rotationUnitSetting.create({ data: { year: input.year, unitId, ...data, version: 1 } });
      }
      await recordAudit(tx, {
        actorId: actor.id,
        action: "rotation.savePreferences",
        entity: "RotationUnitSetting",
        entityId: `${input.year}:${unitId}`,
        unitId,
        before: current ? { preferences: current.preferences, blackouts: current.blackouts } : null,
        after: data,
      });
    });
  } catch (error) {
    // Two first saves at once: the second finds the row the first created.
    if (isUniqueViolation(error)) throw new DomainError("rotation.unit.errors.stale");
    throw error;
  }
}
