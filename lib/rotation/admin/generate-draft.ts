import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError, isUniqueViolation } from "@/lib/core/errors";
import { failure, type FormState } from "@/lib/core/forms/form-state";
import type { CurrentUser } from "@/lib/core/auth/session";
import { buildRotationInput } from "@/lib/rotation/build-input";
import { lockRotationYear } from "@/lib/rotation/lock";
import { scheduleRotationWithStatus } from "@/lib/rotation/scheduler";
import { describeInfeasibility } from "./explain";
import type { GenerateDraftInput } from "./schemas";
import { storedCost } from "./stored-cost";

/**
 * Generates a new draft version from the year's current inputs. Serialised per year by the
 * rotation lock: of two admins generating at once, the second sees the first's draft and is
 * refused unless it had seen that draft and confirmed replacing it. An infeasible input
 * stores nothing and comes back with the reasons (form data "reasons", JSON descriptors).
 */
export async function generateRotationDraft(
  actor: CurrentUser,
  input: GenerateDraftInput,
): Promise<FormState> {
  try {
    return await db.$transaction(async (tx): Promise<FormState> => {
      await lockRotationYear(tx, input.year);
      const built = await buildRotationInput(tx, input.year);
      if (!built) throw new DomainError("rotation.admin.errors.yearMissing", { year: input.year });
      const draft = await tx.rotationSchedule.findFirst({
        where: { year: input.year, status: "DRAFT" },
        select: { id: true, number: true },
      });
      if (draft && draft.number !== input.knownDraft) {
        throw new DomainError("rotation.admin.errors.draftJustGenerated", { number: draft.number });
      }
      if (draft && !input.replaceDraft) {
        throw new DomainError(
          "rotation.admin.errors.confirmReplace",
          { number: draft.number },
          "replaceDraft",
        );
      }
      const { result, proven } = scheduleRotationWithStatus(built.input);
      if (!result.ok) {
        const reasons = result.reasons.map((reason) => describeInfeasibility(reason, built.unitNames));
        return {
          ...failure("rotation.admin.errors.infeasible", { count: reasons.length }),
          data: { reasons: JSON.stringify(reasons) },
        };
      }
      if (draft) {
        await tx.rotationSchedule.update({
          where: { id: draft.id },
          data: { status: "DISCARDED", version: { increment: 1 } },
        });
      }
      const [published, last] = await Promise.all([
        tx.rotationSchedule.findFirst({
          where: { year: input.year, status: "PUBLISHED" },
          select: { number: true },
        }),
        tx.rotationSchedule.aggregate({ where: { year: input.year }, _max: { number: true } }),
      ]);
      const schedule = await tx.rotationSchedule.create({
        data: {
          year: input.year,
          number: (last._max.number ?? 0) + 1,
          status: "DRAFT",
          basedOnNumber: published?.number ?? null,
          cost: storedCost(result.cost, result.cost.total, proven),
          createdById: actor.id,
          assignments: { createMany: { data: result.assignments } },
        },
        select: { id: true, number: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "rotation.generateDraft",
        entity: "RotationSchedule",
        entityId: schedule.id,
        before: draft ? { discardedNumber: draft.number } : undefined,
        after: {
          year: input.year,
          number: schedule.number,
          basedOnNumber: published?.number ?? null,
          total: result.cost.total,
          duties: result.assignments.length,
        },
      });
      return {
        ok: true,
        message: { key: "rotation.admin.generated", values: { number: schedule.number } },
        data: { number: schedule.number },
      };
    });
  } catch (error) {
    // The partial unique index on drafts: another draft won a race the lock did not cover.
    if (isUniqueViolation(error))
      throw new DomainError("rotation.admin.errors.draftJustGenerated", { number: "?" });
    throw error;
  }
}
