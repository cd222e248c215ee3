import "server-only";
import { db } from "@/lib/core/db";

/** How many of the latest reminders /admin/rotation/reminders lists. */
export const sentReminderLimit = 200;

/** The latest duty reminders sent, newest first, with the unit and schedule version. */
export async function listSentRotationReminders() {
  return db.rotationReminder.findMany({
    select: {
      id: true,
      month: true,
      kind: true,
      sentAt: true,
      unit: { select: { name: true, slug: true } },
      schedule: { select: { year: true, number: true } },
    },
    orderBy: [{ sentAt: "desc" }, { id: "desc" }],
    take: sentReminderLimit,
  });
}

export type SentRotationReminder = Awaited<ReturnType<typeof listSentRotationReminders>>[number];
