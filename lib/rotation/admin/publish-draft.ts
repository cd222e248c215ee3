import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { notifyUnit } from "@/lib/core/notifications/notify";
import type { CurrentUser } from "@/lib/core/auth/session";
import { buildRotationInput } from "@/lib/rotation/build-input";
import { lockRotationYear } from "@/lib/rotation/lock";
import { evaluateSchedule } from "@/lib/rotation/scheduler";
import type { PublishDraftInput } from "./schemas";
import { readStoredCost, storedCost } from "./stored-cost";

/**
 * Publishes the year's draft: the previous published version becomes SUPERSEDED (kept, never
 * overwritten), every unit with a duty is told. Refused when the published schedule changed
 * after the draft was generated (another version published, or a swap approved on it), so a
 * swap is never silently undone, and when the draft breaks a hard rule unless the admin
 * explicitly publishes despite the warnings.
 */
export async function publishRotationDraft(actor: CurrentUser, input: PublishDraftInput): Promise<number> {
  return db.$transaction(async (tx) => {
    const head = await tx.rotationSchedule.findUnique({
      where: { id: input.scheduleId },
      select: { year: true },
    });
    if (!head) throw new DomainError("rotation.admin.errors.scheduleMissing");
    await lockRotationYear(tx, head.year);
    const draft = await tx.rotationSchedule.findUniqueOrThrow({
      where: { id: input.scheduleId },
      select: {
        id: true,
        year: true,
        number: true,
        status: true,
        version: true,
        basedOnNumber: true,
        cost: true,
        createdAt: true,
        assignments: { select: { unitId: true, month: true } },
      },
    });
    if (draft.status !== "DRAFT") throw new DomainError("rotation.admin.errors.notDraft");
    if (draft.version !== input.version) throw new DomainError("rotation.admin.errors.stale");
    const published = await tx.rotationSchedule.findFirst({
      where: { year: draft.year, status: "PUBLISHED" },
      select: { id: true, number: true },
    });
    const swapsSince = published
      ? await tx.rotationSwap.count({
          where: { scheduleId: published.id, status: "APPROVED", updatedAt: { gt: draft.createdAt } },
        })
      : 0;
    if ((published?.number ?? null) !== draft.basedOnNumber || swapsSince > 0) {
      throw new DomainError("rotation.admin.errors.publishedChanged");
    }
    const built = await buildRotationInput(tx, draft.year);
    if (!built) throw new DomainError("rotation.admin.errors.yearMissing", { year: draft.year });
    const { cost, violations } = evaluateSchedule(built.input, draft.assignments);
    if (violations.length > 0 && !input.despiteWarnings) {
      throw new DomainError(
        "rotation.admin.errors.hasViolations",
        { count: violations.length },
        "despiteWarnings",
      );
    }
    if (published) {
      await tx.rotationSchedule.update({
        where: { id: published.id },
        data: { status: "SUPERSEDED", version: { increment: 1 } },
      });
    }
    const optimal = readStoredCost(draft.cost)?.optimalTotal ?? cost.total;
    await tx.rotationSchedule.update({
      where: { id: draft.id },
      data: {
        status: "PUBLISHED",
        publishedAt: new Date(),
        cost: storedCost(cost, optimal, readStoredCost(draft.cost)?.proven),
        version: { increment: 1 },
      },
    });
    const dutyUnits = [...new Set(draft.assignments.map((duty) => duty.unitId))].sort((a, b) => a - b);
    for (const unitId of dutyUnits) {
      await notifyUnit(tx, unitId, "ROTATION_PUBLISHED", null, { title: String(draft.year) });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "rotation.publish",
      entity: "RotationSchedule",
      entityId: draft.id,
      before: { status: "DRAFT", supersededNumber: published?.number ?? null },
      after: {
        status: "PUBLISHED",
        year: draft.year,
        number: draft.number,
        total: cost.total,
        despiteWarnings: violations.length > 0,
        violations,
      },
    });
    return draft.number;
  });
}
