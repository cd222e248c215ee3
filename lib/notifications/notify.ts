import type { Tx } from "@/lib/db";
import type { NotificationKind, Prisma } from "@/lib/generated/prisma/client";

export type NotificationValues = Record<string, string | number>;

/**
 * Tells a unit something in the app: one notification per active secretary (primary and
 * deputy), written in the caller's transaction so it exists exactly when the change does.
 * The inbox renders `kind` with `values` from the "inbox" catalog.
 */
export async function notifyUnit(
  tx: Tx,
  unitId: number,
  kind: NotificationKind,
  activityId: number | null,
  values: NotificationValues = {},
): Promise<number> {
  const recipients = await tx.user.findMany({
    where: { unitId, active: true, role: "SECRETARY" },
    select: { id: true },
  });
  if (recipients.length === 0) return 0;
  await tx.notification.createMany({
    data: recipients.map(({ id }) => ({
      userId: id,
      kind,
      activityId,
      values: values as Prisma.InputJsonValue,
    })),
  });
  return recipients.length;
}
