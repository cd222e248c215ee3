/**
 * A fresh id for one server render of a per-request page: a client component given it as a
 * prop sees it change when the page is rendered afresh (after an action), and only then.
 */
export function renderId(): string {
  return crypto.randomUUID();
}
