import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { assertPresenter, lockAgenda } from "./lock-agenda";
import type { AddItemInput } from "./schemas";

/** Appends an item at the end of the agenda. */
export async function addAgendaItem(actorId: number, input: AddItemInput): Promise<number> {
  return db.$transaction(async (tx) => {
    await lockAgenda(tx, input, actorId);
    await assertPresenter(tx, input.presenterUnitId);
    // Positions are kept 0..n-1 under the meeting lock, so the count is the next position.
    const position = await tx.agendaItem.count({ where: { meetingId: input.meetingId } });
    const data = {
      title: input.title,
      presenterUnitId: input.presenterUnitId ?? null,
      durationMinutes: input.durationMinutes,
    };
    const item = await tx.agendaItem.create({
      data: { meetingId: input.meetingId, position, ...data },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId,
      action: "agendaItem.create",
      entity: "AgendaItem",
      entityId: item.id,
      after: {
        meetingId: input.meetingId,
        position,
        ...data,
        amendmentNote: input.amendmentNote || undefined,
      },
    });
    return item.id;
  });
}
