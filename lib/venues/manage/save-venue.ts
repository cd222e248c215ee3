import { db, type Tx } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { isUniqueViolation } from "@/lib/core/errors";
import type { CurrentUser } from "@/lib/core/auth/session";
import { lockOwnVenue } from "./lock-venue";
import type { CreateVenueInput, OpeningHoursRow, UpdateVenueInput } from "./schemas";

/** The columns the form edits (the opening-hours fields become rows of their own). */
function venueData(input: CreateVenueInput) {
  return {
    name: input.name,
    kind: input.kind,
    quantity: input.quantity,
    capacity: input.capacity,
    address: input.address,
    latitude: input.latitude,
    longitude: input.longitude,
    description: input.description,
    rules: input.rules,
    contactPhone: input.contactPhone,
    bookingMode: input.bookingMode,
    needsApproval: input.needsApproval,
    minNoticeHours: input.minNoticeHours,
    maxAdvanceDays: input.maxAdvanceDays,
    maxDurationMinutes: input.maxDurationMinutes,
    bufferMinutes: input.bufferMinutes,
    monthlyQuota: input.monthlyQuota,
  };
}

async function replaceOpeningHours(tx: Tx, venueId: number, rows: OpeningHoursRow[]) {
  await tx.venueOpeningHours.deleteMany({ where: { venueId } });
  if (rows.length > 0)
    await tx.venueOpeningHours.createMany({ data: rows.map((row) => ({ venueId, ...row })) });
}

// A unit's venue names are unique (they tell the venues apart on the map and in bookings).
async function refuseDuplicateName<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("venues.manage.errors.nameTaken", undefined, "name");
    throw error;
  }
}

/** Registers a venue of the actor's own unit. */
export async function createVenue(actor: CurrentUser, input: CreateVenueInput): Promise<number> {
  const unitId = actor.unitId;
  if (unitId === null) throw new DomainError("venues.manage.errors.noUnit");
  return refuseDuplicateName(() =>
    db.$transaction(async (tx) => {
      const venue = await tx.venue.create({ data: { unitId, ...venueData(input) }, select: { id: true } });
      await replaceOpeningHours(tx, venue.id, input.openingHours);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "venue.create",
        entity: "Venue",
        entityId: venue.id,
        unitId,
        after: { ...venueData(input), openingHours: input.openingHours },
      });
      return venue.id;
    }),
  );
}

/** Saves an edited venue, only if nobody changed it since the form was loaded (version). */
export async function updateVenue(actor: CurrentUser, input: UpdateVenueInput): Promise<void> {
  await refuseDuplicateName(() =>
    db.$transaction(async (tx) => {
      const venue = await lockOwnVenue(tx, actor, input.venueId);
      if (venue.version !== input.version) throw new DomainError("venues.manage.errors.staleVersion");
      // Fewer courts must not strand live bookings of the courts that would disappear.
      const stranded = await tx.booking.count({
        where: {
          venueId: venue.id,
          court: { gt: input.quantity },
          status: { in: ["PENDING", "CONFIRMED"] },
          endsAt: { gt: new Date() },
        },
      });
      if (stranded > 0)
        throw new DomainError("venues.manage.errors.quantityInUse", { count: stranded }, "quantity");
      const before = await tx.venue.findUnique({
        where: { id: venue.id },
        include: { openingHours: { select: { weekday: true, opensAt: true, closesAt: true } } },
      });
      await tx.venue.update({
        where: { id: venue.id },
        data: { ...venueData(input), version: { increment: 1 } },
      });
      await replaceOpeningHours(tx, venue.id, input.openingHours);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "venue.update",
        entity: "Venue",
        entityId: venue.id,
        unitId: venue.unitId,
        before,
        after: { ...venueData(input), openingHours: input.openingHours },
      });
    }),
  );
}
