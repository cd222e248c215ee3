// React resets a form after its action returns, putting checkboxes and radios back to their
// defaults. Keying them with a stamp of the latest result re-mounts them with the current choice
// as their default, so what the user chose survives a refused submit.
const resultStamps = new WeakMap<object, number>();
let lastStamp = 0;

/** A number that changes whenever the action returns a new result object. */
export function stampOf(result: object): number {
  let stamp = resultStamps.get(result);
  if (stamp === undefined) {
    stamp = ++lastStamp;
    resultStamps.set(result, stamp);
  }
  return stamp;
}
