import type { Tx } from "@/lib/core/db";
import { DomainError } from "@/lib/core/errors";
import { hasMeetingStarted } from "@/lib/meetings/access";
import { lockMeeting, type LockedMeeting } from "@/lib/meetings/lock-meeting";

/**
 * Every agenda change starts here, inside its transaction: the meeting row is locked, so two
 * admins editing the same agenda apply one after the other and positions stay 0..n-1. A
 * cancelled meeting's agenda is read-only; once the meeting has started, a change needs a note,
 * which is recorded as an amendment in the same transaction.
 */
export async function lockAgenda(
  tx: Tx,
  input: { meetingId: number; amendmentNote: string },
  actorId: number,
): Promise<LockedMeeting> {
  const meeting = await lockMeeting(tx, input.meetingId, {
    notFound: "meetings.agenda.errors.meetingNotFound",
  });
  if (meeting.status === "CANCELLED") throw new DomainError("meetings.agenda.errors.meetingCancelled");
  if (hasMeetingStarted(meeting)) {
    if (!input.amendmentNote) {
      throw new DomainError("meetings.agenda.errors.amendmentNoteRequired", undefined, "amendmentNote");
    }
    await tx.agendaAmendment.create({
      data: { meetingId: meeting.id, note: input.amendmentNote, actorId },
    });
  }
  return meeting;
}

/** Renumbers the meeting's items 0..n-1 in their current order (after a delete). */
export async function compactPositions(tx: Tx, meetingId: number): Promise<void> {
  const items = await tx.agendaItem.findMany({
    where: { meetingId },
    select: { id: true, position: true },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
  for (const [position, item] of items.entries()) {
    if (item.position !== position)
      await tx.agendaItem.update({ where: { id: item.id }, data: { position } });
  }
}

/** A presenter must be an active unit, unless the item already had it (a unit suspended since). */
export async function assertPresenter(tx: Tx, unitId: number | undefined, current: number | null = null) {
  if (unitId === undefined || unitId === current) return;
  const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { status: true } });
  if (unit?.status !== "ACTIVE") {
    throw new DomainError("meetings.agenda.errors.presenterInactive", undefined, "presenterUnitId");
  }
}
