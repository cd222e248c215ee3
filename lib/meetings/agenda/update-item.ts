import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { assertPresenter, lockAgenda } from "./lock-agenda";
import type { UpdateItemInput } from "./schemas";

/** Changes an item's title, presenter and time; refused when the item was deleted meanwhile. */
export async function updateAgendaItem(actorId: number, input: UpdateItemInput): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockAgenda(tx, input, actorId);
    const before = await tx.agendaItem.findFirst({
      where: { id: input.itemId, meetingId: input.meetingId },
      select: { title: true, presenterUnitId: true, durationMinutes: true },
    });
    if (!before) throw new DomainError("meetings.agenda.errors.itemGone");
    await assertPresenter(tx, input.presenterUnitId, before.presenterUnitId);
    const after = {
      title: input.title,
      presenterUnitId: input.presenterUnitId ?? null,
      durationMinutes: input.durationMinutes,
    };
    await tx.agendaItem.update({ where: { id: input.itemId }, data: after });
    await recordAudit(tx, {
      actorId,
      action: "agendaItem.update",
      entity: "AgendaItem",
      entityId: input.itemId,
      before,
      after: { ...after, amendmentNote: input.amendmentNote || undefined },
    });
  });
}
