import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError, isUniqueViolation } from "@/lib/core/errors";
import { lockRotationYear } from "@/lib/rotation/lock";
import { notifyUnit } from "@/lib/core/notifications/notify";
import type { CurrentUser } from "@/lib/core/auth/session";
import { checkSwap, formatYearMonth } from "./check-swap";
import { findPublishedSchedule, loadSwapContext } from "./load-context";
import type { RequestSwapInput } from "./schemas";

/**
 * A secretary asks another unit to swap one of their duty months in the year's published
 * schedule. The other unit is told; an open request per duty is enforced by a partial unique
 * index, so two requests at once end with one.
 */
export async function requestRotationSwap(actor: CurrentUser, input: RequestSwapInput): Promise<number> {
  const fromUnitId = actor.unitId;
  if (fromUnitId === null) throw new DomainError("core.errors.forbidden");
  try {
    return await db.$transaction(async (tx) => {
      // Shared with publishing: the schedule read here stays the published one until commit.
      await lockRotationYear(tx, input.year);
      const schedule = await findPublishedSchedule(tx, input.year);
      if (!schedule) throw new DomainError("rotation.unit.errors.noPublishedSchedule");
      const request = {
        fromUnitId,
        fromMonth: input.fromMonth,
        toUnitId: input.toUnitId,
        toMonth: input.toMonth,
      };
      const context = await loadSwapContext(tx, { id: schedule.id, year: input.year }, [
        fromUnitId,
        input.toUnitId,
      ]);
      const problem = checkSwap(request, context);
      if (problem) throw new DomainError(problem.key, problem.values, problem.field);
      const swap = await tx.rotationSwap.create({
        data: { scheduleId: schedule.id, ...request, note: input.note, requestedById: actor.id },
        select: { id: true },
      });
      const requester = await tx.unit.findUniqueOrThrow({
        where: { id: fromUnitId },
        select: { name: true },
      });
      await notifyUnit(tx, input.toUnitId, "ROTATION_SWAP_REQUESTED", null, {
        unit: requester.name,
        date: formatYearMonth(input.year, input.fromMonth),
        reason: formatYearMonth(input.year, input.toMonth),
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "rotation.requestSwap",
        entity: "RotationSwap",
        entityId: swap.id,
        unitId: fromUnitId,
        after: { scheduleId: schedule.id, ...request, note: input.note },
      });
      return swap.id;
    });
  } catch (error) {
    if (isUniqueViolation(error, "RotationSwap_one_open_per_duty")) {
      throw new DomainError(
        "rotation.unit.errors.openSwapExists",
        { month: formatYearMonth(input.year, input.fromMonth) },
        "fromMonth",
      );
    }
    throw error;
  }
}
