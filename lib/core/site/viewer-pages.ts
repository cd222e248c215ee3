import { isAdmin, isSecretary } from "@/lib/core/auth/policy";
import { activeUserById, type CurrentUser } from "@/lib/core/auth/session-user";
import { NEXT_CACHE_IMPLICIT_TAG_ID } from "next/dist/lib/constants";

/**
 * Signed-in home pages served from a cache of their own per viewer (issue 14): `/my` and `/admin`
 * are the pages people open most, and a full render costs a Next server here 15–40 ms of CPU,
 * so twenty secretaries at once would wait a second. proxy.ts checks the session against the
 * database on every request (as getCurrentUser does) and, for the viewer the page is for,
 * rewrites the address to `/[locale]/viewer/<user id>/<page>`: a page that reads no cookie, so
 * Next keeps one rendered copy per user and locale. Anybody else (signed out, another role, a
 * password to change) gets the per-request page, which redirects or refuses as before.
 *
 * Freshness: every successful action expires all of these entries (expireViewerCopies in
 * lib/core/site/revalidate.ts), so a viewer sees their own change and anybody else's on the next request;
 * what moves with the clock alone (an invitation's answer deadline passing) within
 * viewerPageSeconds. The internal addresses are never served when asked for directly.
 */
export const viewerPageSeconds = 60;

const viewerPages = [
  { path: "/my", admits: isSecretary },
  { path: "/admin", admits: isAdmin },
] as const;

/** The folder of the cached copies inside the `[locale]` segment. */
const viewerRoot = "/viewer";

/** Whether a page address may have a viewer's cached copy (before asking who is signed in). */
export function hasViewerCopy(path: string): boolean {
  return viewerPages.some((page) => page.path === path);
}

/** Whether this user is who the page is for (its copy may be theirs). */
function isFor(path: string, user: CurrentUser | null): user is CurrentUser {
  const page = viewerPages.find((candidate) => candidate.path === path);
  return !!page && !!user && !user.mustChangePassword && page.admits(user);
}

/** The internal address of `path`'s cached copy for this user, or null when it is not theirs. */
export function viewerCopyPath(path: string, user: CurrentUser | null): string | null {
  return isFor(path, user) ? `${viewerRoot}/${user.id}${path}` : null;
}

/** The internal addresses, which are refused when a browser asks for them. */
export function isViewerCopyPath(path: string): boolean {
  return path === viewerRoot || path.startsWith(`${viewerRoot}/`);
}

/**
 * The tag every copy carries, of every viewer in both locales: Next's implicit tag of the copies'
 * layout (what `revalidatePath("/[locale]/viewer/[viewerId]", "layout")` would expire).
 */
export const viewerCopiesTag = `${NEXT_CACHE_IMPLICIT_TAG_ID}/[locale]${viewerRoot}/[viewerId]/layout`;

/**
 * The viewer a cached copy is for, from its `[viewerId]` segment: an account that may hold a
 * session and may open the page, else null (the page is then a 404, never a copy).
 */
export async function viewerOfCopy(
  viewerId: string,
  path: (typeof viewerPages)[number]["path"],
): Promise<CurrentUser | null> {
  if (!/^[1-9]\d{0,9}$/.test(viewerId)) return null;
  const user = await activeUserById(Number(viewerId));
  return isFor(path, user) ? user : null;
}
