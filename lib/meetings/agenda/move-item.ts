import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { lockAgenda } from "./lock-agenda";
import { moveInOrder, positionChanges } from "./reorder";
import type { MoveItemInput } from "./schemas";

export type MoveResult = { title: string; position: number; total: number };

/**
 * Moves an item one step up or down. The order is read after the meeting row is locked, so
 * two admins moving items at once apply one after the other and positions stay 0..n-1.
 * Returns the item's new place (1-based) for the page to announce.
 */
export async function moveAgendaItem(actorId: number, input: MoveItemInput): Promise<MoveResult> {
  return db.$transaction(async (tx) => {
    await lockAgenda(tx, input, actorId);
    const current = await tx.agendaItem.findMany({
      where: { meetingId: input.meetingId },
      select: { id: true, position: true, title: true },
      orderBy: [{ position: "asc" }, { id: "asc" }],
    });
    const ids = current.map((item) => item.id);
    const item = current.find((entry) => entry.id === input.itemId);
    if (!item) throw new DomainError("meetings.agenda.errors.itemGone");
    const order = moveInOrder(ids, input.itemId, input.direction);
    if (!order) {
      throw new DomainError(
        input.direction === "up"
          ? "meetings.agenda.errors.alreadyFirst"
          : "meetings.agenda.errors.alreadyLast",
      );
    }
    for (const change of positionChanges(current, order)) {
      await tx.agendaItem.update({ where: { id: change.id }, data: { position: change.position } });
    }
    const from = ids.indexOf(input.itemId);
    const to = order.indexOf(input.itemId);
    await recordAudit(tx, {
      actorId,
      action: "agendaItem.move",
      entity: "AgendaItem",
      entityId: input.itemId,
      before: { position: from },
      after: { position: to, amendmentNote: input.amendmentNote || undefined },
    });
    return { title: item.title, position: to + 1, total: order.length };
  });
}
