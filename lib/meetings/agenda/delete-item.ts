import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { compactPositions, lockAgenda } from "./lock-agenda";
import type { DeleteItemInput } from "./schemas";

/** Removes an item (its attachments go with it) and closes the gap in the order. */
export async function deleteAgendaItem(actorId: number, input: DeleteItemInput): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockAgenda(tx, input, actorId);
    const item = await tx.agendaItem.findFirst({
      where: { id: input.itemId, meetingId: input.meetingId },
      select: { title: true, position: true, _count: { select: { attachments: true } } },
    });
    if (!item) throw new DomainError("meetings.agenda.errors.itemGone");
    await tx.agendaItem.delete({ where: { id: input.itemId } });
    await compactPositions(tx, input.meetingId);
    await recordAudit(tx, {
      actorId,
      action: "agendaItem.delete",
      entity: "AgendaItem",
      entityId: input.itemId,
      before: {
        meetingId: input.meetingId,
        title: item.title,
        position: item.position,
        attachments: item._count.attachments,
      },
      after: input.amendmentNote ? { amendmentNote: input.amendmentNote } : undefined,
    });
  });
}
