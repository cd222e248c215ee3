// The nearest free slots to offer when a requested time clashes.

export type Interval = { start: Date; end: Date };
export type BusyRange = { court: number; start: Date; blockedUntil: Date };
export type Slot = { start: Date; end: Date; court: number };

export type FreeSlotQuery = {
  /** The start the user asked for: slots are ordered by distance from it. */
  desiredStart: Date;
  durationMs: number;
  /** The venue's buffer: a new booking blocks [start, end + buffer). */
  bufferMs: number;
  courts: number[];
  /** Opening windows, one per day, in day order (the requested day first). */
  windows: Interval[];
  busy: BusyRange[];
  /** Nothing may start before this (now + minimum notice). */
  notBefore: Date;
  /** Candidate starts are on this grid within a window (default 15 minutes). */
  stepMs?: number;
  limit?: number;
};

const overlaps = (a: Interval, b: Interval) => a.start < b.end && b.start < a.end;

/**
 * Free slots of the same duration, within opening hours and clear of other bookings and their
 * buffers: on the first window (day) that has any, the `limit` nearest to the desired start
 * (one per start time, lowest court first). Empty when no window has room.
 */
export function findFreeSlots(query: FreeSlotQuery): Slot[] {
  const step = query.stepMs ?? 15 * 60_000;
  const limit = query.limit ?? 3;
  for (const window of query.windows) {
    const found: Slot[] = [];
    for (let t = window.start.getTime(); t + query.durationMs <= window.end.getTime(); t += step) {
      if (t < query.notBefore.getTime()) continue;
      const start = new Date(t);
      const end = new Date(t + query.durationMs);
      const blocked = { start, end: new Date(t + query.durationMs + query.bufferMs) };
      const court = query.courts.find(
        (candidate) =>
          !query.busy.some(
            (range) =>
              range.court === candidate && overlaps(blocked, { start: range.start, end: range.blockedUntil }),
          ),
      );
      if (court !== undefined) found.push({ start, end, court });
    }
    if (found.length > 0) {
      const desired = query.desiredStart.getTime();
      return found
        .sort(
          (a, b) =>
            Math.abs(a.start.getTime() - desired) - Math.abs(b.start.getTime() - desired) ||
            a.start.getTime() - b.start.getTime(),
        )
        .slice(0, limit)
        .sort((a, b) => a.start.getTime() - b.start.getTime());
    }
  }
  return [];
}
