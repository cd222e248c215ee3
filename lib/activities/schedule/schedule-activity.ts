import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import {
  assertBookable,
  assertRules,
  describeTime,
  loadVenue,
  occurrenceOf,
  type BookableVenue,
  type Occurrence,
} from "@/lib/venues/bookings";
import { joinedHeadcount } from "@/lib/activities/participation/join-activity";
import { notifyParticipants } from "@/lib/activities/admin/activity-rules";
import { assertLead, assertVersion, lockActivity } from "@/lib/activities/lifecycle/lock-activity";
import { assertTransition, startsFrom } from "@/lib/activities/lifecycle/transitions";
import type { ScheduleActivityInput } from "./schemas";
import { syncVenueBooking } from "./schedule-venue";

type Actor = { id: number; unitId: number };

/** The booking rules, their messages moved to this form's fields (places, not headcount). */
function assertVenueRules(venue: BookableVenue, occurrence: Occurrence, places: number, now: Date) {
  try {
    assertRules(venue, occurrence, { headcount: places, court: "any" }, now);
  } catch (error) {
    if (error instanceof DomainError && error.field === "headcount") {
      throw new DomainError(error.key, error.values, "capacity");
    }
    throw error;
  }
}

/** Statuses in which the lead may still (re)schedule: before it is held, reported or cancelled. */
export const schedulable: ReadonlySet<string> = new Set(startsFrom("schedule"));

/**
 * The lead unit sets (or changes) its activity's date, times, place or venue, description, capacity,
 * sign-up deadline and the service site it is held at, from the version its form showed. A chosen venue is booked in the same
 * transaction; a new date or time is news for every unit signed up, told in that transaction too.
 */
export async function scheduleActivity(actor: Actor, input: ScheduleActivityInput, now = new Date()) {
  const day = input.date.toISOString().slice(0, 10);
  const occurrence = occurrenceOf(day, input.startTime, input.endTime);
  const venue = input.venueId ? await loadVenue(input.venueId) : null;

  return db.$transaction(
    async (tx) => {
      const locked = await lockActivity(tx, input.activityId);
      assertLead(locked, actor.unitId);
      assertTransition("schedule", locked.status, "activities.participation.schedule.notSchedulable");
      assertVersion(locked, input.version);
      const before = await tx.activity.findUniqueOrThrow({ where: { id: locked.id } });
      if (input.date.getUTCFullYear() !== before.year) {
        throw new DomainError("activities.participation.schedule.outsideYear", { year: before.year }, "date");
      }
      const moved =
        before.startsAt?.getTime() !== occurrence.startsAt.getTime() ||
        before.endsAt?.getTime() !== occurrence.endsAt.getTime();
      if (moved && occurrence.startsAt < now) {
        throw new DomainError("activities.participation.schedule.inPast", undefined, "date");
      }
      if (input.signupDeadline && input.signupDeadline > occurrence.startsAt) {
        throw new DomainError(
          "activities.participation.schedule.deadlineAfterStart",
          undefined,
          "signupDeadline",
        );
      }
      if (input.serviceSiteId && input.serviceSiteId !== before.serviceSiteId) {
        // A site chosen now must be active; the one the activity already has may stay.
        const site = await tx.serviceSite.findFirst({
          where: { id: input.serviceSiteId, active: true },
          select: { id: true },
        });
        if (!site)
          throw new DomainError(
            "activities.participation.schedule.serviceSiteNotFound",
            undefined,
            "serviceSiteId",
          );
      }
      const joined = await joinedHeadcount(tx, before.id);
      if (input.capacity !== undefined && input.capacity < joined) {
        throw new DomainError(
          "activities.participation.schedule.capacityBelowJoined",
          { joined },
          "capacity",
        );
      }
      if (venue && moved) {
        // The venue's own rules (hours, notice, length) only matter for a new booking.
        assertBookable(venue);
        assertVenueRules(venue, occurrence, input.capacity ?? 1, now);
      }
      const booking = await syncVenueBooking(
        tx,
        actor,
        {
          activityId: before.id,
          version: before.version,
          title: before.title,
          headcount: input.capacity ?? 1,
        },
        venue,
        occurrence,
      );
      const { count } = await tx.activity.updateMany({
        where: { id: before.id, version: input.version, status: { in: startsFrom("schedule") } },
        data: {
          startsAt: occurrence.startsAt,
          endsAt: occurrence.endsAt,
          signupDeadline: input.signupDeadline,
          plannedDate: input.date,
          plannedMonth: input.date.getUTCMonth() + 1,
          place: venue ? "" : input.place,
          venueId: venue?.id ?? null,
          communityId: venue ? null : before.communityId,
          description: input.description,
          capacity: input.capacity ?? null,
          ...(input.serviceSiteId === undefined ? {} : { serviceSiteId: input.serviceSiteId }),
          version: { increment: 1 },
        },
      });
      if (count !== 1) throw new DomainError("core.errors.staleVersion");
      // Only units already signed up hear of it (none at the first schedule of a claimed activity).
      const told = moved
        ? await notifyParticipants(tx, before.id, "ACTIVITY_CHANGED", {
            title: before.title,
            date: describeTime(occurrence.startsAt, occurrence.endsAt),
          })
        : 0;
      const after = await tx.activity.findUniqueOrThrow({ where: { id: before.id } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "activity.schedule",
        entity: "Activity",
        entityId: before.id,
        unitId: actor.unitId,
        before,
        after: { ...after, booking, told },
      });
      return { booking, told };
    },
    { maxWait: 20_000, timeout: 20_000 },
  );
}
