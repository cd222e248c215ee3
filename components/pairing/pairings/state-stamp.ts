// React resets a form after its action returns, putting checkboxes back to their defaults.
// Keying them with a stamp of the latest result re-mounts them from the choice kept in state,
// so what the user ticked survives a refused submit (as components/meetings/result-stamp.ts).
const stamps = new WeakMap<object, number>();
let last = 0;

/** A number that changes whenever the action returns a new result object. */
export function stateStamp(result: object): number {
  let stamp = stamps.get(result);
  if (stamp === undefined) {
    stamp = ++last;
    stamps.set(result, stamp);
  }
  return stamp;
}
