import "server-only";
import { revalidatePath } from "next/cache";
import { toRevalidations, type RevalidationTarget } from "./revalidate-public";

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
