// Who hears about a booking, and the "YYYY-MM-DD HH:mm–HH:mm" (Beijing) it names.
import type { Tx } from "@/lib/core/db";
import { notifyUnit } from "@/lib/core/notifications/notify";
import { beijingDate, beijingTime } from "@/lib/core/time/beijing";
import type { Occurrence } from "./booking-rules";

export function describeTime(startsAt: Date, endsAt: Date): string {
  return `${beijingDate(startsAt)} ${beijingTime(startsAt)}–${beijingTime(endsAt)}`;
}

/**
 * The owner always hears of a new booking (BOOKING_REQUESTED, also when it auto-confirmed, so it
 * knows who comes); an auto-confirmed booker is told it is confirmed. A weekly series is one
 * notice naming its first date and the number of weeks.
 */
export async function notifyBookingCreated(
  tx: Tx,
  venue: { name: string; unitId: number },
  unitId: number,
  status: "PENDING" | "CONFIRMED",
  occurrences: Occurrence[],
): Promise<void> {
  const first = occurrences[0]!;
  const date =
    describeTime(first.startsAt, first.endsAt) + (occurrences.length > 1 ? ` ×${occurrences.length}` : "");
  const unit = await tx.unit.findUniqueOrThrow({ where: { id: unitId }, select: { name: true } });
  if (venue.unitId !== unitId) {
    await notifyUnit(tx, venue.unitId, "BOOKING_REQUESTED", null, {
      title: venue.name,
      date,
      unit: unit.name,
    });
  }
  if (status === "CONFIRMED")
    await notifyUnit(tx, unitId, "BOOKING_CONFIRMED", null, { title: venue.name, date });
}
