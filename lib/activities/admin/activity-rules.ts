import type { Tx } from "@/lib/core/db";
import { DomainError } from "@/lib/core/errors";
import type { ActivityStatus, NotificationKind } from "@/lib/generated/prisma/client";
import { assertTransition } from "@/lib/activities/lifecycle/transitions";
import { notifyUnit, type NotificationValues } from "@/lib/core/notifications/notify";
import type { ActivityFields } from "./schemas";

// Rules every write to an activity of the list shares: where its date may fall, how its place
// is stored, which activities may still be edited, and who hears about a change.

/** A planned date must lie in the plan's year and in the planned month. */
export function assertDateFits(year: number, plannedMonth: number, plannedDate: Date | undefined): void {
  if (!plannedDate) return;
  if (plannedDate.getUTCFullYear() !== year) {
    throw new DomainError("activities.admin.dateOutsideYear", { year }, "plannedDate");
  }
  if (plannedDate.getUTCMonth() + 1 !== plannedMonth) {
    throw new DomainError("activities.admin.dateOutsideMonth", { month: plannedMonth }, "plannedDate");
  }
}

/** The activity's columns from form fields; exactly one kind of place is kept. */
export function activityData(input: ActivityFields) {
  return {
    title: input.title,
    description: input.description,
    type: input.type,
    commitment: input.commitment,
    plannedMonth: input.plannedMonth,
    plannedDate: input.plannedDate ?? null,
    channel: input.channel,
    format: input.format,
    reach: input.reach,
    capacity: input.capacity ?? null,
    place: input.placeKind === "text" ? input.place : "",
    venueId: input.placeKind === "venue" ? (input.venueId ?? null) : null,
    communityId: input.placeKind === "community" ? (input.communityId ?? null) : null,
    serviceSiteId: input.serviceSiteId ?? null,
  };
}

/** A chosen venue, community or service site must exist (a forged id is refused next to its field). */
export async function assertPlaceExists(tx: Tx, input: ActivityFields): Promise<void> {
  if (input.placeKind === "venue" && input.venueId) {
    const venue = await tx.venue.findUnique({ where: { id: input.venueId }, select: { id: true } });
    if (!venue) throw new DomainError("activities.admin.venueNotFound", undefined, "venueId");
  }
  if (input.placeKind === "community" && input.communityId) {
    const found = await tx.community.findUnique({ where: { id: input.communityId }, select: { id: true } });
    if (!found) throw new DomainError("activities.admin.communityNotFound", undefined, "communityId");
  }
  if (input.serviceSiteId) {
    const site = await tx.serviceSite.findUnique({
      where: { id: input.serviceSiteId },
      select: { id: true },
    });
    if (!site) throw new DomainError("activities.admin.serviceSiteNotFound", undefined, "serviceSiteId");
  }
}

/** Reported activities are the record of what happened; cancelled ones are closed. */
export function assertEditable(status: ActivityStatus): void {
  assertTransition(
    "edit",
    status,
    status === "REPORTED" ? "activities.admin.reportedLocked" : "activities.admin.cancelledLocked",
  );
}

/** Tells every unit with a live participation (joined or waitlisted). */
export async function notifyParticipants(
  tx: Tx,
  activityId: number,
  kind: NotificationKind,
  values: NotificationValues,
): Promise<number> {
  const live = await tx.participation.findMany({
    where: { activityId, status: { in: ["JOINED", "WAITLISTED"] } },
    select: { unitId: true },
  });
  for (const { unitId } of live) await notifyUnit(tx, unitId, kind, activityId, values);
  return live.length;
}

export function formatPlanned(month: number, date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : `${month}`;
}
