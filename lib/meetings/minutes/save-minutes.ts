import { recordAudit } from "@/lib/core/audit/record-audit";
import type { CurrentUser } from "@/lib/core/auth/session";
import { db, type Tx } from "@/lib/core/db";
import { isUniqueViolation } from "@/lib/core/errors";
import type { MinutesConflict } from "./conflict";
import { lockMinutes, refuseIfPublished } from "./lock-minutes";

export type SaveOutcome =
  | { kind: "saved"; version: number }
  | { kind: "unchanged"; version: number }
  | { kind: "conflict"; conflict: MinutesConflict };

type NewVersion = { meetingId: number; body: string; baseVersion: number; restoredFrom?: number };

async function currentText(tx: Tx, meetingId: number, number: number) {
  if (number === 0) return null;
  return tx.minutesVersion.findUnique({
    where: { meetingId_number: { meetingId, number } },
    select: { body: true, createdAt: true, author: { select: { name: true } } },
  });
}

async function conflictWith(
  tx: Tx,
  meetingId: number,
  number: number,
  yourText: string,
): Promise<SaveOutcome> {
  const theirs = await currentText(tx, meetingId, number);
  return {
    kind: "conflict",
    conflict: {
      yourText,
      theirText: theirs?.body ?? "",
      theirVersion: number,
      theirAuthor: theirs?.author.name ?? "",
      theirSavedAt: (theirs?.createdAt ?? new Date()).toISOString(),
    },
  };
}

/**
 * Appends a version of the minutes, but only on top of the version the writer started from: a
 * save based on an older version comes back as a conflict with both texts and never overwrites.
 * Used by saving and by restoring an old version (restoredFrom set).
 */
export async function appendMinutesVersion(actor: CurrentUser, input: NewVersion): Promise<SaveOutcome> {
  try {
    return await db.$transaction(async (tx) => {
      const minutes = await lockMinutes(tx, actor, input.meetingId);
      refuseIfPublished(minutes);
      const current = minutes.currentVersion;
      if (current !== input.baseVersion) return conflictWith(tx, input.meetingId, current, input.body);
      const existing = await currentText(tx, input.meetingId, current);
      if (existing && existing.body === input.body) return { kind: "unchanged", version: current };

      const number = current + 1;
      await tx.minutesVersion.create({
        data: {
          meetingId: input.meetingId,
          number,
          body: input.body,
          baseNumber: current === 0 ? null : current,
          restoredFrom: input.restoredFrom ?? null,
          authorId: actor.id,
        },
      });
      await tx.meetingMinutes.update({
        where: { meetingId: input.meetingId },
        data: { currentVersion: number },
      });
      // The writer's autosaved draft is now part of the record.
      await tx.minutesDraft.deleteMany({ where: { meetingId: input.meetingId, userId: actor.id } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: input.restoredFrom ? "minutes.restore" : "minutes.save",
        entity: "MeetingMinutes",
        entityId: input.meetingId,
        unitId: minutes.meeting.hostUnitId,
        before: { version: current },
        after: { version: number, characters: input.body.length, restoredFrom: input.restoredFrom ?? null },
      });
      return { kind: "saved", version: number };
    });
  } catch (error) {
    // The row lock makes this unreachable in practice; the version key is the last guard.
    if (!isUniqueViolation(error)) throw error;
    const current = await db.meetingMinutes.findUniqueOrThrow({ where: { meetingId: input.meetingId } });
    return db.$transaction((tx) => conflictWith(tx, input.meetingId, current.currentVersion, input.body));
  }
}

export async function saveMinutes(
  actor: CurrentUser,
  input: { meetingId: number; body: string; baseVersion: number },
): Promise<SaveOutcome> {
  return appendMinutesVersion(actor, input);
}
