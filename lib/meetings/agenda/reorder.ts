// The agenda's order as a pure function, so the mutation only locks, reads and writes.

export type Positioned = { id: number; position: number };

/**
 * The ids in their new order after moving `id` one step, or null when it cannot move (already
 * first or last, or not in the list). The input is the current order.
 */
export function moveInOrder(ids: number[], id: number, direction: "up" | "down"): number[] | null {
  const index = ids.indexOf(id);
  if (index < 0) return null;
  const other = direction === "up" ? index - 1 : index + 1;
  if (other < 0 || other >= ids.length) return null;
  const order = [...ids];
  [order[index], order[other]] = [order[other]!, order[index]!];
  return order;
}

/**
 * The rows whose stored position differs from their place in `order` (0..n-1). Writing only
 * these also repairs gaps or duplicates left by anything else.
 */
export function positionChanges(current: Positioned[], order: number[]): Positioned[] {
  const stored = new Map(current.map((row) => [row.id, row.position]));
  return order.map((id, position) => ({ id, position })).filter((row) => stored.get(row.id) !== row.position);
}

/** Sum of the items' allotted minutes. */
export function totalMinutes(items: Array<{ durationMinutes: number }>): number {
  return items.reduce((sum, item) => sum + item.durationMinutes, 0);
}
