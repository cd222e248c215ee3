// The inbox (/my/inbox): each secretary marks their own notifications read. Admins have no
// inbox and callers of a suspended unit count as signed out, so both are refused.
import { markAllRead, markRead } from "@/lib/core/notifications/actions";
import { createNotification } from "@/tests/factories/notifications";
import { formData } from "@/tests/integration/helpers/session";
import type { AuthorizationCase, Outcome, RoleName, World } from "./roles";

const secretariesOnly: Record<RoleName, Outcome> = {
  anonymous: "refused",
  secretaryA: "allowed",
  secretaryB: "allowed",
  suspended: "refused",
  admin: "refused",
};

/** A fresh unread notification of the caller (unit A's secretary's for anonymous callers). */
async function ownNotification(world: World, role: RoleName): Promise<number> {
  const user = role === "anonymous" ? world.users.secretaryA : world.users[role];
  return (await createNotification(user.id)).id;
}

export const cases: AuthorizationCase[] = [
  {
    name: "markRead",
    action: markRead,
    input: async (world, role) => formData({ id: await ownNotification(world, role) }),
    expected: secretariesOnly,
  },
  {
    name: "markRead (another user's notification)",
    action: markRead,
    // Unit B's secretary's notification: nobody but them may mark it, whatever the id says.
    input: async (world) => formData({ id: (await createNotification(world.users.secretaryB.id)).id }),
    expected: { ...secretariesOnly, secretaryA: "refused" },
  },
  {
    name: "markAllRead",
    action: markAllRead,
    input: async (world, role) => {
      await ownNotification(world, role);
      return formData({});
    },
    expected: secretariesOnly,
  },
];
