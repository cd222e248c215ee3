import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import type { CurrentUser } from "@/lib/core/auth/session";
import { lockSwap, openStatuses } from "./lock-swap";
import type { SwapIdInput } from "./schemas";

/** The requesting unit withdraws its request while it is still open (requested or accepted). */
export async function cancelRotationSwap(actor: CurrentUser, input: SwapIdInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const swap = await lockSwap(tx, input.swapId);
    if (swap.fromUnitId !== actor.unitId) throw new DomainError("rotation.unit.errors.swapNotFound");
    if (!openStatuses.includes(swap.status)) throw new DomainError("rotation.unit.errors.swapClosed");
    if (swap.version !== input.version) throw new DomainError("rotation.unit.errors.stale");
    await tx.rotationSwap.update({
      where: { id: swap.id },
      data: { status: "CANCELLED", version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "rotation.cancelSwap",
      entity: "RotationSwap",
      entityId: swap.id,
      unitId: swap.fromUnitId,
      before: { status: swap.status },
      after: { status: "CANCELLED" },
    });
  });
}
