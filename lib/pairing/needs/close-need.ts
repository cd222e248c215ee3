import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import type { AdminActor } from "@/lib/core/auth/policy";
import { assertLive, assertVersion, lockNeed } from "./lock-need";
import type { CancelNeedInput, CloseNeedInput } from "./schemas";

/** Closes a need with what came of it (required: a check constraint says so too). */
export async function closeNeed(actor: AdminActor, input: CloseNeedInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const need = await lockNeed(tx, input.needId);
    assertLive(need);
    assertVersion(need, input.version);
    await tx.need.update({
      where: { id: need.id },
      data: { status: "CLOSED", outcome: input.outcome, closedAt: new Date(), version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "need.close",
      entity: "Need",
      entityId: need.id,
      before: { status: need.status },
      after: { status: "CLOSED", outcome: input.outcome },
    });
  });
}

/** Takes a need off the board; why is kept as its outcome (shown to admins only). */
export async function cancelNeed(actor: AdminActor, input: CancelNeedInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const need = await lockNeed(tx, input.needId);
    assertLive(need);
    assertVersion(need, input.version);
    await tx.need.update({
      where: { id: need.id },
      data: { status: "CANCELLED", outcome: input.reason, closedAt: new Date(), version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "need.cancel",
      entity: "Need",
      entityId: need.id,
      before: { status: need.status },
      after: { status: "CANCELLED", reason: input.reason },
    });
  });
}
