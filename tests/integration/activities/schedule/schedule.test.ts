// The lead schedules its activity: version check, lead only, venue booked in the same transaction
// (a clash leaves nothing half-written), participants told of a new time, deadline on joining.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { scheduleActivity } from "@/lib/activities/schedule/schedule-activity";
import { scheduleActivitySchema, type ScheduleActivityInput } from "@/lib/activities/schedule/schemas";
import { joinActivity } from "@/lib/activities/participation/join-activity";
import { createSecretary, createUnit } from "@/tests/factories";
import { createLedActivity, joinUnit } from "@/tests/factories/reports";
import { createVenue } from "@/tests/factories/venues";

const now = new Date("2026-03-01T02:00:00Z"); // 1 March 2026, 10:00 in Beijing
let lead: { id: number; unitId: number };

beforeEach(async () => {
  const unit = await createUnit();
  lead = { id: (await createSecretary(unit.id)).id, unitId: unit.id };
});

function input(activityId: number, fields: Record<string, string | number> = {}): ScheduleActivityInput {
  return scheduleActivitySchema.parse({
    activityId,
    version: 0,
    date: "2026-03-10",
    startTime: "14:00",
    endTime: "16:00",
    place: "润州区青年之家",
    description: "春季植树",
    capacity: "25",
    signupDeadline: "2026-03-08T18:00",
    ...fields,
  });
}

describe("scheduling an activity", () => {
  it("saves times, place, capacity and deadline, keeps the planned date and month in Beijing time, audits", async () => {
    const activity = await createLedActivity(lead.unitId, "CLAIMED", { plannedDate: null, plannedMonth: 3 });
    // 00:30 on 1 April in Beijing is still 31 March in UTC: the Beijing day counts.
    await scheduleActivity(
      lead,
      input(activity.id, { date: "2026-04-01", startTime: "00:30", endTime: "02:00" }),
      now,
    );
    const after = await db.activity.findUniqueOrThrow({ where: { id: activity.id } });
    expect(after).toMatchObject({
      startsAt: new Date("2026-03-31T16:30:00Z"),
      endsAt: new Date("2026-03-31T18:00:00Z"),
      plannedDate: new Date("2026-04-01T00:00:00Z"),
      plannedMonth: 4,
      place: "润州区青年之家",
      capacity: 25,
      signupDeadline: new Date("2026-03-08T10:00:00Z"),
      version: 1,
    });
    expect(
      await db.auditLog.count({ where: { action: "activity.schedule", entityId: String(activity.id) } }),
    ).toBe(1);
  });

  it("refuses a stale form, another unit, and an activity already held, reported or cancelled", async () => {
    const activity = await createLedActivity(lead.unitId, "CLAIMED");
    await expect(scheduleActivity(lead, input(activity.id, { version: 3 }), now)).rejects.toMatchObject({
      key: "core.errors.staleVersion",
    });
    const other = await createUnit();
    const stranger = { id: (await createSecretary(other.id)).id, unitId: other.id };
    await expect(scheduleActivity(stranger, input(activity.id), now)).rejects.toMatchObject({
      key: "core.errors.forbidden",
    });
    for (const status of ["DONE", "REPORTED", "CANCELLED"] as const) {
      const closed = await createLedActivity(lead.unitId, status);
      await expect(scheduleActivity(lead, input(closed.id), now)).rejects.toMatchObject({
        key: "activities.participation.schedule.notSchedulable",
      });
    }
    expect((await db.activity.findUniqueOrThrow({ where: { id: activity.id } })).startsAt).toBeNull();
  });

  it("refuses a start in the past and a deadline after the start, by their fields", async () => {
    const activity = await createLedActivity(lead.unitId, "CLAIMED");
    await expect(
      scheduleActivity(lead, input(activity.id, { date: "2026-02-27" }), now),
    ).rejects.toMatchObject({
      key: "activities.participation.schedule.inPast",
      field: "date",
    });
    await expect(
      scheduleActivity(lead, input(activity.id, { signupDeadline: "2026-03-10T15:00" }), now),
    ).rejects.toMatchObject({
      key: "activities.participation.schedule.deadlineAfterStart",
      field: "signupDeadline",
    });
  });

  it("books the chosen venue for the activity in the same step", async () => {
    const owner = await createUnit();
    const ownerUser = await createSecretary(owner.id);
    const venue = await createVenue(owner.id, { needsApproval: true });
    const activity = await createLedActivity(lead.unitId, "CLAIMED");
    await scheduleActivity(lead, input(activity.id, { venueId: venue.id, place: "" }), now);
    const booking = await db.booking.findFirstOrThrow({ where: { activityId: activity.id } });
    expect(booking).toMatchObject({
      venueId: venue.id,
      unitId: lead.unitId,
      status: "PENDING",
      startsAt: new Date("2026-03-10T06:00:00Z"),
    });
    const after = await db.activity.findUniqueOrThrow({ where: { id: activity.id } });
    expect(after).toMatchObject({ venueId: venue.id, place: "" });
    expect(await db.notification.count({ where: { userId: ownerUser.id, kind: "BOOKING_REQUESTED" } })).toBe(
      1,
    );
  });

  it("refuses a venue taken at that time next to the venue field and saves nothing", async () => {
    const owner = await createUnit();
    const ownerUser = await createSecretary(owner.id);
    const venue = await createVenue(owner.id);
    await db.booking.create({
      data: {
        venueId: venue.id,
        unitId: owner.id,
        bookedById: ownerUser.id,
        startsAt: new Date("2026-03-10T05:00:00Z"),
        endsAt: new Date("2026-03-10T07:00:00Z"),
        blockedUntil: new Date("2026-03-10T07:00:00Z"),
        purpose: "内部活动",
        headcount: 5,
        status: "CONFIRMED",
        requestKey: "owner-own-booking",
      },
    });
    const activity = await createLedActivity(lead.unitId, "CLAIMED");
    await expect(
      scheduleActivity(lead, input(activity.id, { venueId: venue.id, place: "" }), now),
    ).rejects.toMatchObject({ key: "activities.participation.schedule.venueTaken", field: "venueId" });
    const after = await db.activity.findUniqueOrThrow({ where: { id: activity.id } });
    expect(after).toMatchObject({ startsAt: null, venueId: null, version: 0 });
    expect(await db.booking.count({ where: { activityId: activity.id } })).toBe(0);
  });

  it("tells the units signed up when the time changes, and moves the venue booking", async () => {
    const owner = await createUnit();
    const venue = await createVenue(owner.id);
    const activity = await createLedActivity(lead.unitId, "OPEN");
    await scheduleActivity(lead, input(activity.id, { venueId: venue.id, place: "" }), now);
    const guest = await createUnit();
    const guestUser = await createSecretary(guest.id);
    await joinUnit(activity.id, guest.id);
    // Same time, new description: nobody needs telling.
    await scheduleActivity(
      lead,
      input(activity.id, { venueId: venue.id, place: "", version: 1, description: "改" }),
      now,
    );
    expect(await db.notification.count({ where: { userId: guestUser.id } })).toBe(0);

    await scheduleActivity(
      lead,
      input(activity.id, { venueId: venue.id, place: "", version: 2, date: "2026-03-12" }),
      now,
    );
    const note = await db.notification.findFirstOrThrow({ where: { userId: guestUser.id } });
    expect(note).toMatchObject({
      kind: "ACTIVITY_CHANGED",
      activityId: activity.id,
      values: { date: "2026-03-12 14:00–16:00" },
    });
    const bookings = await db.booking.findMany({
      where: { activityId: activity.id },
      orderBy: { id: "asc" },
    });
    expect(bookings.map((row) => row.status)).toEqual(["CANCELLED", "CONFIRMED"]);
    expect(bookings[1]!.startsAt).toEqual(new Date("2026-03-12T06:00:00Z"));
  });
});

describe("the sign-up deadline", () => {
  it("refuses a unit joining after the deadline and accepts one before it", async () => {
    const activity = await createLedActivity(lead.unitId, "CLAIMED");
    await scheduleActivity(lead, input(activity.id), now);
    await db.activity.update({ where: { id: activity.id }, data: { status: "OPEN" } });
    const early = await createUnit();
    const earlyUser = await createSecretary(early.id);
    await joinActivity(
      { id: earlyUser.id, unitId: early.id },
      activity.id,
      5,
      new Date("2026-03-08T09:59:00Z"),
    );
    const late = await createUnit();
    const lateUser = await createSecretary(late.id);
    await expect(
      joinActivity({ id: lateUser.id, unitId: late.id }, activity.id, 5, new Date("2026-03-08T10:01:00Z")),
    ).rejects.toMatchObject({ key: "activities.participation.deadlinePassed" });
  });
});
