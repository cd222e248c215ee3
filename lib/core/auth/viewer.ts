import "server-only";
import { can } from "./policy";
import { getCurrentUser } from "./session";
import { countUnreadNotifications } from "@/lib/core/notifications/queries";

/**
 * What the header shows a signed-in visitor: the same on every page, so the pages themselves
 * stay the same for everybody and can be cached (issue 14). Read by GET /api/viewer.
 */
export type Viewer = {
  name: string;
  workspace: boolean;
  inbox: boolean;
  admin: boolean;
  unread: number;
};

export async function loadViewer(): Promise<Viewer | null> {
  const user = await getCurrentUser().catch(() => null);
  if (!user) return null;
  const inbox = can(user, "inbox.read");
  // A cheap index-only count; a failure must not take the header down.
  const unread = inbox ? await countUnreadNotifications(user.id).catch(() => 0) : 0;
  return {
    name: user.name,
    workspace: can(user, "workspace.open"),
    inbox,
    admin: can(user, "admin.access"),
    unread,
  };
}
