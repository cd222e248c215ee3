// Three years of venue bookings before today: most confirmed, some declined or cancelled. All
// lie in the past, so the booking scenario finds the coming weeks free.
import type { BookingStatus, Prisma } from "../../../lib/generated/prisma/client";
import { dayMs, type GenContext } from "./context";

const STATUSES: BookingStatus[] = [
  "CONFIRMED",
  "CONFIRMED",
  "CONFIRMED",
  "CONFIRMED",
  "DECLINED",
  "CANCELLED",
];

export async function addBookings(ctx: GenContext): Promise<number> {
  const { db, size, units, now, pick } = ctx;
  const venues = await db.venue.findMany({ select: { id: true, unitId: true }, orderBy: { id: "asc" } });
  const perVenue = size.bookingsPerVenueYear * 3;
  const spacingDays = Math.floor((3 * 365) / perVenue);
  // 10:00 in Beijing on a day `days` before today.
  const today10 = new Date(Math.floor(now.getTime() / dayMs) * dayMs + 2 * 3_600_000);
  const rows: Prisma.BookingCreateManyInput[] = venues.flatMap((venue) =>
    Array.from({ length: perVenue }, (_, k) => {
      const startsAt = new Date(today10.getTime() - (1 + k * spacingDays) * dayMs);
      const endsAt = new Date(startsAt.getTime() + 2 * 3_600_000);
      const unit = pick.pick(units.filter((u) => u.id !== venue.unitId));
      const status = pick.pick(STATUSES);
      return {
        venueId: venue.id,
        court: 1,
        unitId: unit.id,
        bookedById: unit.secretaryId,
        startsAt,
        endsAt,
        blockedUntil: endsAt,
        purpose: "成员单位青年活动",
        headcount: pick.int(6, 30),
        status,
        requestKey: `bench-${venue.id}-${k}`,
        decidedById: status === "CONFIRMED" || status === "DECLINED" ? ctx.adminId : null,
        reason: status === "DECLINED" ? "当日场地已有安排" : "",
      };
    }),
  );
  const { count } = await db.booking.createMany({ data: rows });
  return count;
}
