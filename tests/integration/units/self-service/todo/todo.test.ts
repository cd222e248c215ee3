// The to-do list on /my: each kind of entry appears for the unit it concerns only, leaves when
// the unit has done it, and the list comes overdue first, then by due date.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { commitments } from "@/lib/activities/commitments/score";
import { respondToInvitation } from "@/lib/meetings/respond-to-invitation";
import { decideBooking } from "@/lib/venues/bookings/decide-booking";
import { saveRotationPreferences } from "@/lib/rotation/preferences/save-preferences";
import { answerRotationSwap } from "@/lib/rotation/swaps/answer-swap";
import { getMyTodo } from "@/lib/units/self-service/todo-queries";
import type { TodoKind } from "@/lib/units/self-service/todo";
import { beijingYearMonth } from "@/lib/core/time/beijing";
import { createSecretary, createUnit, uniqueSuffix } from "@/tests/factories";
import { createCommitmentRecord } from "@/tests/factories/commitments";
import { createDecision, dayFromToday } from "@/tests/factories/decisions";
import { createMeeting } from "@/tests/factories/meetings";
import { asActor, createFiledReport, createLedActivity } from "@/tests/factories/reports";
import { createSwap, createSwapWorld } from "@/tests/factories/rotation-swaps";
import { createVenue } from "@/tests/factories/venues";

type Unit = { id: number };
type Secretary = Awaited<ReturnType<typeof createSecretary>>;
let mine: Unit;
let other: Unit;
let me: Secretary;
let them: Secretary;

beforeEach(async () => {
  [mine, other] = [await createUnit(), await createUnit()];
  [me, them] = [await createSecretary(mine.id), await createSecretary(other.id)];
});

async function entries(unitId: number, kind: TodoKind) {
  return (await getMyTodo(unitId)).filter((entry) => entry.kind === kind);
}

async function pendingBooking(venueId: number, booker: Secretary, startsInHours: number) {
  const startsAt = new Date(Date.now() + startsInHours * 3_600_000);
  const endsAt = new Date(startsAt.getTime() + 3_600_000);
  return db.booking.create({
    data: {
      venueId,
      unitId: booker.unitId!,
      bookedById: booker.id,
      startsAt,
      endsAt,
      blockedUntil: endsAt,
      purpose: "测试",
      headcount: 5,
      status: "PENDING",
      requestKey: `todo-${uniqueSuffix()}`,
    },
  });
}

describe("reports", () => {
  it("lists the lead unit's held activity without a report, and a report sent back for a fix", async () => {
    const held = await createLedActivity(mine.id, "DONE");
    const toFix = await createLedActivity(mine.id, "DONE");
    await createFiledReport(toFix.id, me.id, mine.id, "NEEDS_FIX");
    const reported = await createLedActivity(mine.id, "DONE");
    await createFiledReport(reported.id, me.id, mine.id, "SUBMITTED");
    await createLedActivity(mine.id, "CLOSED");
    await createLedActivity(other.id, "DONE");

    expect(await entries(mine.id, "report")).toEqual([
      expect.objectContaining({ subject: held.title, href: `/my/activities/${held.id}/report` }),
    ]);
    expect(await entries(mine.id, "reportFix")).toEqual([
      expect.objectContaining({ subject: toFix.title, href: `/my/activities/${toFix.id}/report` }),
    ]);
    // Held on 10 March 2026: due two weeks later.
    expect((await entries(mine.id, "report"))[0]!.due).toEqual(new Date("2026-03-24T00:00:00Z"));
    expect(await entries(other.id, "reportFix")).toEqual([]);
  });

  it("drops the entry once the report is submitted or the fix is sent", async () => {
    const held = await createLedActivity(mine.id, "DONE");
    await createFiledReport(held.id, me.id, mine.id, "SUBMITTED");
    const toFix = await createLedActivity(mine.id, "DONE");
    const report = await createFiledReport(toFix.id, me.id, mine.id, "NEEDS_FIX");
    await db.activityReport.update({ where: { id: report.id }, data: { status: "SUBMITTED" } });
    expect(await entries(mine.id, "report")).toEqual([]);
    expect(await entries(mine.id, "reportFix")).toEqual([]);
  });
});

describe("meeting invitations", () => {
  it("lists unanswered invitations to upcoming meetings of the invited unit, until it answers", async () => {
    const meeting = await createMeeting({ invite: [mine.id] });
    await createMeeting({ invite: [mine.id], startsInHours: -1 });
    await createMeeting({ invite: [mine.id], status: "CANCELLED", cancelReason: "测试取消" });
    await createMeeting({ invite: [other.id] });
    expect(await entries(mine.id, "invitation")).toEqual([
      expect.objectContaining({
        subject: meeting.title,
        due: meeting.startsAt,
        href: `/meetings/${meeting.id}#rsvp-heading`,
      }),
    ]);

    await respondToInvitation(asActor(me), {
      meetingId: meeting.id,
      response: "ATTEND",
      delegateName: "",
      excuseReason: "",
    });
    expect(await entries(mine.id, "invitation")).toEqual([]);
  });
});

describe("bookings of the unit's venues", () => {
  it("lists pending bookings of its own venues that have not started, until it decides", async () => {
    const venue = await createVenue(mine.id, { needsApproval: true });
    const otherVenue = await createVenue(other.id, { needsApproval: true });
    const waiting = await pendingBooking(venue.id, them, 48);
    await pendingBooking(venue.id, them, -3);
    await pendingBooking(otherVenue.id, me, 48);

    expect(await entries(mine.id, "booking")).toEqual([
      expect.objectContaining({
        subject: venue.name,
        values: { unit: expect.stringContaining("测试单位") },
        href: `/my/bookings#booking-${waiting.id}`,
      }),
    ]);
    expect(await entries(other.id, "booking")).toHaveLength(1);

    await decideBooking(asActor(me), { bookingId: waiting.id, version: 0, decision: "CONFIRM", reason: "" });
    expect(await entries(mine.id, "booking")).toEqual([]);
  });
});

describe("rotation", () => {
  it("lists a swap for the unit asked, not the one asking, until it answers", async () => {
    const world = await createSwapWorld();
    const swap = await createSwap(world, {
      fromUnitId: world.unitA.id,
      fromMonth: 3,
      toUnitId: world.unitB.id,
      toMonth: 5,
    });
    expect(await entries(world.unitB.id, "swap")).toEqual([
      expect.objectContaining({
        values: { fromMonth: 3, toMonth: 5, year: world.year },
        href: `/my/rotation?year=${world.year}#swap-${swap.id}`,
      }),
    ]);
    expect(await entries(world.unitA.id, "swap")).toEqual([]);

    await answerRotationSwap(asActor(world.secretaryB), {
      swapId: swap.id,
      version: swap.version,
      answer: "DECLINE",
      answerNote: "",
    });
    expect(await entries(world.unitB.id, "swap")).toEqual([]);
  });

  it("asks for preferences before the deadline until the unit files them, never after", async () => {
    const { year } = beijingYearMonth();
    await db.rotationYear.create({
      data: { year, dutyMonths: [1, 3, 4], preferenceDeadline: dayFromToday(-1) },
    });
    await db.rotationYear.create({
      data: { year: year + 1, dutyMonths: [1, 3, 4], preferenceDeadline: dayFromToday(10) },
    });
    expect(await entries(mine.id, "rotationPreferences")).toEqual([
      expect.objectContaining({
        values: { year: year + 1 },
        due: dayFromToday(10),
        href: `/my/rotation?year=${year + 1}#preferences-heading`,
      }),
    ]);

    await saveRotationPreferences(asActor(me), {
      year: year + 1,
      version: 0,
      preferences: [3],
      blackouts: [],
    });
    expect(await entries(mine.id, "rotationPreferences")).toEqual([]);
    expect(await entries(other.id, "rotationPreferences")).toHaveLength(1);
  });
});

describe("decisions, items to schedule and commitments", () => {
  it("lists the unit's open decisions until they are done", async () => {
    const meeting = await createMeeting({ startsInHours: -72 });
    const decision = await createDecision(meeting.id, mine.id, { dueOn: dayFromToday(5) });
    await createDecision(meeting.id, other.id);
    expect(await entries(mine.id, "decision")).toEqual([
      expect.objectContaining({ subject: decision.title, href: `/my#my-decision-${decision.id}` }),
    ]);
    await db.decision.update({ where: { id: decision.id }, data: { status: "DONE" } });
    expect(await entries(mine.id, "decision")).toEqual([]);
  });

  it("lists an item the unit claimed until it opens sign-up", async () => {
    const claimed = await createLedActivity(mine.id, "CLAIMED");
    await createLedActivity(other.id, "CLAIMED");
    expect(await entries(mine.id, "schedule")).toEqual([
      expect.objectContaining({ subject: claimed.title, href: `/my/activities/${claimed.id}` }),
    ]);
    await db.activity.update({ where: { id: claimed.id }, data: { status: "OPEN" } });
    expect(await entries(mine.id, "schedule")).toEqual([]);
  });

  it("names the commitments still to act on this year (a returned one too), and leaves when all five are submitted or confirmed", async () => {
    const { year } = beijingYearMonth();
    await createCommitmentRecord(mine.id, year, "STUDY_EXCHANGE", "CONFIRMED");
    await createCommitmentRecord(mine.id, year, "YOUTH_PROJECT", "RETURNED");
    const [entry] = await entries(mine.id, "commitments");
    expect(entry).toMatchObject({
      commitments: commitments.filter((c) => c !== "STUDY_EXCHANGE"),
      values: { year, count: 4 },
      due: new Date(Date.UTC(year, 11, 31)),
      href: "/my/commitments",
    });

    for (const commitment of commitments.filter((c) => c !== "STUDY_EXCHANGE")) {
      await createCommitmentRecord(mine.id, year, commitment, "SUBMITTED");
    }
    expect(await entries(mine.id, "commitments")).toEqual([]);
    expect(await entries(other.id, "commitments")).toHaveLength(1);
  });
});

describe("order", () => {
  it("puts the overdue report first, then the rest by due date", async () => {
    const held = await createLedActivity(mine.id, "DONE");
    const venue = await createVenue(mine.id, { needsApproval: true });
    const booking = await pendingBooking(venue.id, them, 24);
    const meeting = await createMeeting({ invite: [mine.id], startsInHours: 72 });
    const later = await createMeeting({ startsInHours: -72 });
    const decision = await createDecision(later.id, mine.id, { dueOn: dayFromToday(6) });

    const list = await getMyTodo(mine.id);
    expect(list[0]).toMatchObject({ key: `report-${held.id}`, overdue: true });
    expect(list.slice(1).every((entry) => !entry.overdue)).toBe(true);
    const dues = list.slice(1).map((entry) => entry.due.getTime());
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    const keys = list.map((entry) => entry.key);
    expect(keys.indexOf(`booking-${booking.id}`)).toBeLessThan(keys.indexOf(`invitation-${meeting.id}`));
    expect(keys.indexOf(`invitation-${meeting.id}`)).toBeLessThan(keys.indexOf(`decision-${decision.id}`));
  });
});
