import "server-only";
import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { notifyUnit } from "@/lib/core/notifications/notify";
import { lockRotationYear } from "@/lib/rotation/lock";
import { dueReminderMonths, monthKey } from "./due";

// A year's lock may be held by a regeneration for a while, and 200 duty units mean a few
// hundred small writes: give the run room rather than fail it.
const runLimits = { maxWait: 20_000, timeout: 60_000 } as const;

/**
 * Sends the due duty reminders (see ./due.ts for the windows) to the duty units of each
 * year's PUBLISHED schedule; drafts, superseded and discarded versions are never read.
 * Returns how many reminders were sent (one per unit and month, however many secretaries).
 *
 * Exactly once: every reminder is a RotationReminder row, unique per (schedule, unit, month,
 * kind), inserted with ON CONFLICT DO NOTHING; only the rows this run actually inserted are
 * notified, in the same transaction, so two runs at once (or a run retried) never notify twice.
 * A unit whose duty is unchanged in a newly published version is not reminded again for the
 * same month and kind (reminders of the year's earlier versions count), while a unit that
 * received the month by a swap is reminded on the next run.
 *
 * Runs hourly (POST /api/cron/rotation-reminders) and from /admin/rotation/reminders; the
 * email copies go out when the caller is inside a notification scope (both callers are).
 */
export async function sendRotationReminders(now: Date, actorId: number | null = null): Promise<number> {
  const due = dueReminderMonths(now);
  if (due.length === 0) return 0;
  return db.$transaction(async (tx) => {
    const sent: Array<{ year: number; month: number; unitId: number; kind: string }> = [];
    for (const { year, month, kind, daysLeft } of due) {
      // Reads the schedule after any swap or publication in progress has committed.
      await lockRotationYear(tx, year);
      const schedule = await tx.rotationSchedule.findFirst({
        where: { year, status: "PUBLISHED" },
        select: {
          id: true,
          assignments: {
            where: { month, unit: { status: { not: "WITHDRAWN" } } },
            select: { unitId: true },
          },
        },
      });
      if (!schedule || schedule.assignments.length === 0) continue;
      const already = await tx.rotationReminder.findMany({
        where: { month, kind, schedule: { year }, unitId: { in: schedule.assignments.map((a) => a.unitId) } },
        select: { unitId: true },
      });
      const reminded = new Set(already.map((row) => row.unitId));
      const fresh = schedule.assignments.filter(({ unitId }) => !reminded.has(unitId));
      if (fresh.length === 0) continue;
      const inserted = await tx.rotationReminder.createManyAndReturn({
        data: fresh.map(({ unitId }) => ({ scheduleId: schedule.id, unitId, month, kind })),
        skipDuplicates: true,
        select: { unitId: true },
      });
      for (const { unitId } of inserted) {
        await notifyUnit(tx, unitId, "ROTATION_DUTY_SOON", null, {
          date: monthKey(year, month),
          headcount: daysLeft,
        });
        sent.push({ year, month, unitId, kind });
      }
    }
    if (sent.length > 0) {
      await recordAudit(tx, {
        actorId,
        action: "rotation.remind",
        entity: "RotationReminder",
        entityId: due.map((d) => monthKey(d.year, d.month)).join(","),
        after: { sent: sent.length, reminders: sent },
      });
    }
    return sent.length;
  }, runLimits);
}
