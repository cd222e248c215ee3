import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import type { CurrentUser } from "@/lib/core/auth/session";
import { lockOwnVenue } from "./lock-venue";

// Hiding, closed dates: small writes on a venue the actor's unit owns, each under the venue's
// row lock so they serialise with edits; none changes the form's fields, so none bumps version.

export async function setVenueActive(
  actor: CurrentUser,
  input: { venueId: number; active: "true" | "false" },
) {
  const active = input.active === "true";
  await db.$transaction(async (tx) => {
    const venue = await lockOwnVenue(tx, actor, input.venueId);
    if (venue.active === active) return;
    await tx.venue.update({ where: { id: venue.id }, data: { active } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: active ? "venue.show" : "venue.hide",
      entity: "Venue",
      entityId: venue.id,
      unitId: venue.unitId,
      before: { active: venue.active },
      after: { active },
    });
  });
}

/** Adds a closed date; adding the same date again just updates its reason. */
export async function addClosedDate(
  actor: CurrentUser,
  input: { venueId: number; date: Date; reason: string },
) {
  await db.$transaction(async (tx) => {
    const venue = await lockOwnVenue(tx, actor, input.venueId);
    await tx.venueClosedDate.upsert({
      where: { venueId_date: { venueId: venue.id, date: input.date } },
      create: { venueId: venue.id, date: input.date, reason: input.reason },
      update: { reason: input.reason },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "venue.addClosedDate",
      entity: "Venue",
      entityId: venue.id,
      unitId: venue.unitId,
      after: { date: input.date.toISOString().slice(0, 10), reason: input.reason },
    });
  });
}

export async function removeClosedDate(actor: CurrentUser, input: { venueId: number; date: Date }) {
  await db.$transaction(async (tx) => {
    const venue = await lockOwnVenue(tx, actor, input.venueId);
    const { count } = await tx.venueClosedDate.deleteMany({ where: { venueId: venue.id, date: input.date } });
    if (count !== 1) throw new DomainError("venues.manage.errors.closedDateNotFound");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "venue.removeClosedDate",
      entity: "Venue",
      entityId: venue.id,
      unitId: venue.unitId,
      before: { date: input.date.toISOString().slice(0, 10) },
    });
  });
}
