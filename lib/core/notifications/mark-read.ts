import "server-only";
import { db } from "@/lib/core/db";
import { DomainError } from "@/lib/core/errors";

// Reading one's messages is personal state, not a change to the committee's records, so it is
// not written to the audit log. Ownership is part of every `where`: an id belonging to someone
// else matches nothing and is refused, never marked.

/** Marks one of the user's notifications read; already read is fine (a second click). */
export async function markNotificationRead(userId: number, notificationId: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: { id: notificationId, userId, readAt: null },
      data: { readAt: new Date() },
    });
    if (count > 0) return;
    const own = await tx.notification.count({ where: { id: notificationId, userId } });
    if (own === 0) throw new DomainError("core.errors.forbidden");
  });
}

/** Marks all of the user's unread notifications read; returns how many changed. */
export async function markAllNotificationsRead(userId: number): Promise<number> {
  const { count } = await db.notification.updateMany({
    where: { userId, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}
