import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { toRevalidations, type RevalidationTarget } from "./revalidate-public";
import { viewerCopiesTag } from "./viewer-pages";

/**
 * Expires the named pages now (not stale-while-revalidate): the next request renders them
 * afresh, so a change shows at once. Call it only after the change committed.
 */
export function revalidateTargets(targets: readonly RevalidationTarget[]): void {
  for (const { path, type } of toRevalidations(targets)) {
    if (type) revalidatePath(path, type);
    else revalidatePath(path);
  }
}

/**
 * Expires every viewer's cached /my and /admin (lib/core/site/viewer-pages.ts), which show a
 * little of everything: after every change. Through revalidateTag with a profile, not
 * revalidatePath: an action that calls revalidatePath answers with a fresh render of the page
 * it was posted from, which an action that changes nothing that page shows must not do (the
 * account activation page would answer "link already used" instead of the action's own
 * message). The cache handler expires a tag at once whatever the profile (lib/core/cache/handler.ts).
 */
export function expireViewerCopies(): void {
  revalidateTag(viewerCopiesTag, "max");
}
