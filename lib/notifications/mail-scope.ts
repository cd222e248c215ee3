import { AsyncLocalStorage } from "node:async_hooks";

// Every server action runs in a scope that gathers the ids of the notifications it creates, so
// that once the action's transaction has committed their email copies go out (runAction does
// this for all actions; nothing is mailed for a change that failed or rolled back).
const scope = new AsyncLocalStorage<number[]>();

export async function withNotificationScope<T>(
  run: () => Promise<T>,
): Promise<{ result: T; created: number[] }> {
  const created: number[] = [];
  const result = await scope.run(created, run);
  return { result, created };
}

/** Called by notifyUnit for the rows it wrote. */
export function rememberNotifications(ids: number[]): void {
  scope.getStore()?.push(...ids);
}
