// Booking venues: any unit's secretary books for their own unit (admins act for no unit and are
// refused); the venue's owner (its secretaries, admins) decides; the owner or the booker cancels.
import { randomUUID } from "node:crypto";
import { cancelBooking, createBooking, decideBooking } from "@/lib/venues/bookings/actions";
import { addDays, beijingDate } from "@/lib/core/time/beijing";
import { db } from "@/lib/core/db";
import { createUnit } from "@/tests/factories";
import { createVenue } from "@/tests/factories/venues";
import { formData } from "@/tests/integration/helpers/session";
import {
  anySignedIn,
  unitAOrAdmin,
  type AuthorizationCase,
  type Outcome,
  type RoleName,
  type World,
} from "./roles";

const secretariesOnly: Record<RoleName, Outcome> = { ...anySignedIn, admin: "refused" };
const ownerBookerOrAdmin: Record<RoleName, Outcome> = { ...unitAOrAdmin, secretaryB: "allowed" };

/** A pending booking by unit B of a venue owned by unit A, three days ahead 10:00–11:00. */
async function pendingBooking(world: World) {
  const venue = await createVenue(world.unitA.id, { needsApproval: true });
  const date = addDays(beijingDate(new Date()), 3);
  return db.booking.create({
    data: {
      venueId: venue.id,
      unitId: world.unitB.id,
      bookedById: world.users.secretaryB.id,
      startsAt: new Date(`${date}T10:00:00+08:00`),
      endsAt: new Date(`${date}T11:00:00+08:00`),
      blockedUntil: new Date(`${date}T11:00:00+08:00`),
      purpose: "联谊活动",
      headcount: 5,
      status: "PENDING",
      requestKey: randomUUID(),
    },
  });
}

export const cases: AuthorizationCase[] = [
  {
    name: "createBooking",
    action: createBooking,
    input: async () => {
      const venue = await createVenue((await createUnit()).id);
      return formData({
        venueId: venue.id,
        court: "any",
        date: addDays(beijingDate(new Date()), 3),
        startTime: "10:00",
        endTime: "11:00",
        purpose: "青年联谊",
        headcount: 5,
        requestKey: randomUUID(),
      });
    },
    expected: secretariesOnly,
  },
  {
    name: "decideBooking",
    action: decideBooking,
    input: async (world) => {
      const booking = await pendingBooking(world);
      return formData({ bookingId: booking.id, version: booking.version, decision: "CONFIRM" });
    },
    expected: unitAOrAdmin,
  },
  {
    name: "cancelBooking",
    action: cancelBooking,
    input: async (world) => {
      const booking = await pendingBooking(world);
      return formData({ bookingId: booking.id, version: booking.version, reason: "时间调整" });
    },
    expected: ownerBookerOrAdmin,
  },
];
