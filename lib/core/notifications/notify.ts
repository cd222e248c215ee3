import type { Tx } from "@/lib/core/db";
import { queueNotificationMail } from "./deliver";
import type { NotificationKind, Prisma } from "@/lib/generated/prisma/client";

export type NotificationValues = Record<string, string | number>;

/** What a notification links to: an activity (by id, as most callers pass), or another record. */
export type NotificationSubject =
  number | null | { meetingId: number } | { pairingId: number } | { needId: number } | { surveyId: number };

// The page a notification opens lives in subject.ts (pure, tested); re-exported for callers.
export { notificationPath } from "./subject";

/**
 * Tells a unit something in the app: one notification per active secretary (primary and
 * deputy), written in the caller's transaction so it exists exactly when the change does.
 * The inbox renders `kind` with `values` from the "core.notifications" catalog (see
 * lib/core/notifications/render.ts for the value names each kind uses).
 *
 * Kinds worth an email also queue one per recipient with an address, in the same transaction
 * (lib/core/notifications/deliver.ts); the mail worker sends them once the change has committed.
 * `created`, when given, receives the new notifications' ids.
 */
export async function notifyUnit(
  tx: Tx,
  unitId: number,
  kind: NotificationKind,
  subject: NotificationSubject,
  values: NotificationValues = {},
  created?: number[],
): Promise<number> {
  const recipients = await tx.user.findMany({
    where: { unitId, active: true, role: "SECRETARY" },
    select: { id: true, email: true, name: true },
  });
  if (recipients.length === 0) return 0;
  const rows = await tx.notification.createManyAndReturn({
    data: recipients.map(({ id }) => ({
      userId: id,
      kind,
      ...subjectIds(subject),
      values: values as Prisma.InputJsonValue,
    })),
    select: { id: true },
  });
  created?.push(...rows.map((row) => row.id));
  await queueNotificationMail(tx, recipients, kind, subjectIds(subject), values);
  return recipients.length;
}

/** The notification's subject columns. */
function subjectIds(subject: NotificationSubject) {
  if (subject === null) return {};
  return typeof subject === "number" ? { activityId: subject } : subject;
}
