import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { notifyUnit } from "@/lib/core/notifications/notify";
import type { CurrentUser } from "@/lib/core/auth/session";
import { formatYearMonth, monthHasStarted } from "./check-swap";
import { lockSwap } from "./lock-swap";
import type { AnswerSwapInput } from "./schemas";

/** The asked unit's secretary accepts or declines a requested swap; the requester is told. */
export async function answerRotationSwap(actor: CurrentUser, input: AnswerSwapInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const swap = await lockSwap(tx, input.swapId);
    if (swap.toUnitId !== actor.unitId) throw new DomainError("rotation.unit.errors.swapNotFound");
    if (swap.status !== "REQUESTED") throw new DomainError("rotation.unit.errors.swapNotRequested");
    if (swap.version !== input.version) throw new DomainError("rotation.unit.errors.stale");
    const now = new Date();
    for (const month of [swap.fromMonth, swap.toMonth]) {
      if (monthHasStarted(swap.year, month, now)) {
        throw new DomainError("rotation.unit.errors.monthStarted", {
          month: formatYearMonth(swap.year, month),
        });
      }
    }
    const status = input.answer === "ACCEPT" ? "ACCEPTED" : "DECLINED";
    await tx.rotationSwap.update({
      where: { id: swap.id },
      data: { status, answerNote: input.answerNote, answeredById: actor.id, version: { increment: 1 } },
    });
    const answering = await tx.unit.findUniqueOrThrow({
      where: { id: swap.toUnitId },
      select: { name: true },
    });
    await notifyUnit(tx, swap.fromUnitId, "ROTATION_SWAP_ANSWERED", null, {
      unit: answering.name,
      title: status,
      reason: input.answerNote,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "rotation.answerSwap",
      entity: "RotationSwap",
      entityId: swap.id,
      unitId: swap.toUnitId,
      before: { status: swap.status },
      after: { status, answerNote: input.answerNote },
    });
  });
}
