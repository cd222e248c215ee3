import "server-only";
import { db } from "@/lib/core/db";

// Reads of a user's inbox. Every query is keyed by the user id, so the
// (userId, readAt, createdAt) index serves both the list and the unread count.

export const INBOX_PAGE_SIZE = 50;

/** Unread notifications of one user (the header badge): an index-only count. */
export async function countUnreadNotifications(userId: number): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

/** One page of a user's notifications, newest first; `page` starts at 1. */
export async function listInbox(userId: number, page: number) {
  const [items, total] = await Promise.all([
    db.notification.findMany({
      where: { userId },
      select: {
        id: true,
        kind: true,
        values: true,
        readAt: true,
        createdAt: true,
        activityId: true,
        meetingId: true,
        pairingId: true,
        needId: true,
        surveyId: true,
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * INBOX_PAGE_SIZE,
      take: INBOX_PAGE_SIZE,
    }),
    db.notification.count({ where: { userId } }),
  ]);
  return { items, total, pages: Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE)) };
}

export type InboxItem = Awaited<ReturnType<typeof listInbox>>["items"][number];
