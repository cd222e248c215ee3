// Shared set-up for booking tests: an owner unit with a venue, a booking unit, future dates.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createBooking } from "@/lib/venues/bookings/actions";
import { addDays, beijingDate } from "@/lib/core/time/beijing";
import { createSecretary, createUnit } from "@/tests/factories";
import { createVenue } from "@/tests/factories/venues";
import { actAs, formData } from "@/tests/integration/helpers/session";

/** A Beijing date `days` from today, "YYYY-MM-DD". */
export const daysAhead = (days: number) => addDays(beijingDate(new Date()), days);

export async function bookingWorld(venue: Partial<Prisma.VenueUncheckedCreateInput> = {}) {
  const owner = await createUnit();
  const ownerSecretary = await createSecretary(owner.id);
  const booker = await createUnit();
  const bookerSecretary = await createSecretary(booker.id);
  const created = await createVenue(owner.id, venue);
  return { owner, ownerSecretary, booker, bookerSecretary, venue: created };
}

export type BookFields = Record<string, string | number | boolean | undefined>;

/** Calls the createBooking action as `user` with valid defaults (tomorrow+2, 10:00–11:00). */
export async function book(user: { id: number; name: string }, venueId: number, fields: BookFields = {}) {
  actAs(user);
  return createBooking(
    initialFormState,
    formData({
      venueId,
      court: "any",
      date: daysAhead(3),
      startTime: "10:00",
      endTime: "11:00",
      purpose: "青年羽毛球联谊",
      headcount: 10,
      requestKey: randomUUID(),
      ...fields,
    }),
  );
}

export const liveBookings = (venueId: number) =>
  db.booking.findMany({
    where: { venueId, status: { in: ["PENDING", "CONFIRMED"] } },
    orderBy: { startsAt: "asc" },
  });
