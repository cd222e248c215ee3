// Bookings written straight to the table: this slice only reads them.
import { db } from "@/lib/core/db";
import type { BookingStatus } from "@/lib/generated/prisma/enums";
import { createSecretary, uniqueSuffix } from "@/tests/factories";

export async function createBooking(
  venue: { id: number; bufferMinutes: number },
  unitId: number,
  startsAt: Date,
  minutes: number,
  options: { court?: number; status?: BookingStatus } = {},
) {
  // One booker per unit is enough (and units allow one primary secretary).
  const booker = (await db.user.findFirst({ where: { unitId } })) ?? (await createSecretary(unitId));
  const endsAt = new Date(startsAt.getTime() + minutes * 60_000);
  return db.booking.create({
    data: {
      venueId: venue.id,
      court: options.court ?? 1,
      unitId,
      bookedById: booker.id,
      startsAt,
      endsAt,
      blockedUntil: new Date(endsAt.getTime() + venue.bufferMinutes * 60_000),
      purpose: "测试",
      headcount: 5,
      status: options.status ?? "CONFIRMED",
      requestKey: `test-${uniqueSuffix()}`,
    },
  });
}
