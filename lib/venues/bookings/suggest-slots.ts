// After a clash: who holds the time, and the nearest free slots to offer instead.
import type { db } from "@/lib/core/db";
import { addDays, beijingToUtc, isoWeekday, minuteMs } from "@/lib/core/time/beijing";
import type { Occurrence } from "./booking-rules";
import { findFreeSlots } from "./free-slots";
import type { BookableVenue } from "./load-venue";

// Reads only, after the failed transaction.
type Reader = Pick<typeof db, "booking">;
const live = ["PENDING", "CONFIRMED"] as const;

/** The live booking blocking the requested time on the first of `courts`, if any. */
export async function findClashing(
  tx: Reader,
  venue: BookableVenue,
  occurrence: Occurrence,
  courts: number[],
) {
  const blockedUntil = new Date(occurrence.endsAt.getTime() + venue.bufferMinutes * minuteMs);
  return tx.booking.findFirst({
    where: {
      venueId: venue.id,
      court: { in: courts },
      status: { in: [...live] },
      startsAt: { lt: blockedUntil },
      blockedUntil: { gt: occurrence.startsAt },
    },
    orderBy: [{ court: "asc" }, { startsAt: "asc" }],
    select: { startsAt: true, endsAt: true, court: true },
  });
}

/** Up to three free slots of the same length on that day, else on the next days (a week). */
export async function suggestSlots(
  tx: Reader,
  venue: BookableVenue,
  occurrence: Occurrence,
  courts: number[],
  now: Date,
) {
  const dates = Array.from({ length: 8 }, (_, index) => addDays(occurrence.date, index));
  const windows = dates.flatMap((date) => {
    const hours = venue.openingHours.find((row) => row.weekday === isoWeekday(date));
    if (!hours || venue.closedDates.includes(date)) return [];
    const midnight = beijingToUtc(date, "00:00").getTime();
    return [
      {
        start: new Date(midnight + hours.opensAt * minuteMs),
        end: new Date(midnight + hours.closesAt * minuteMs),
      },
    ];
  });
  if (windows.length === 0) return [];
  const busy = await tx.booking.findMany({
    where: {
      venueId: venue.id,
      court: { in: courts },
      status: { in: [...live] },
      startsAt: { lt: windows.at(-1)!.end },
      blockedUntil: { gt: windows[0]!.start },
    },
    select: { court: true, startsAt: true, blockedUntil: true },
  });
  const latest = now.getTime() + venue.maxAdvanceDays * 86_400_000;
  return findFreeSlots({
    desiredStart: occurrence.startsAt,
    durationMs: occurrence.endsAt.getTime() - occurrence.startsAt.getTime(),
    bufferMs: venue.bufferMinutes * minuteMs,
    courts,
    windows: windows.filter((window) => window.start.getTime() <= latest),
    busy: busy.map((row) => ({ court: row.court, start: row.startsAt, blockedUntil: row.blockedUntil })),
    notBefore: new Date(now.getTime() + venue.minNoticeHours * 3_600_000),
  }).map((slot) => ({ start: slot.start.toISOString(), end: slot.end.toISOString(), court: slot.court }));
}
