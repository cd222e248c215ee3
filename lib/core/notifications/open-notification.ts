import "server-only";
import { db } from "@/lib/core/db";
import { notificationPath } from "./subject";

/**
 * Opens one of the user's notifications: marks it read (already read is fine) and returns the
 * page it is about, or null when it is not theirs (or does not exist) — then nothing is marked.
 * Ownership is part of every `where`; like marking read, this is personal state, not audited.
 */
export async function openNotification(
  userId: number,
  notificationId: number,
): Promise<{ path: string | null } | null> {
  return db.$transaction(async (tx) => {
    await tx.notification.updateMany({
      where: { id: notificationId, userId, readAt: null },
      data: { readAt: new Date() },
    });
    const row = await tx.notification.findFirst({
      where: { id: notificationId, userId },
      select: {
        kind: true,
        activityId: true,
        meetingId: true,
        pairingId: true,
        needId: true,
        surveyId: true,
        activity: { select: { leadUnitId: true } },
        user: { select: { unitId: true } },
      },
    });
    if (!row) return null;
    const leads =
      row.activity !== null &&
      row.activity.leadUnitId !== null &&
      row.activity.leadUnitId === row.user.unitId;
    return { path: notificationPath(row, leads) };
  });
}
