// A secretary checking their unit in at a meeting with the rotating code: what is recorded, and
// every refusal (expired or foreign code, outside the window, uninvited, cancelled) storing nothing.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { checkInToMeeting } from "@/lib/meetings/attendance/actions";
import { meetingCheckinCode } from "@/lib/meetings/attendance/code";
import { checkinCodeFor } from "@/lib/activities/checkin/code";
import { initialFormState, type FormState } from "@/lib/core/forms/form-state";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { answerInvitation } from "@/tests/factories/attendance";
import { createMeeting } from "@/tests/factories/meetings";
import { actAs, formData } from "@/tests/integration/helpers/session";

let unit: { id: number };
let secretary: { id: number; name: string };

beforeEach(async () => {
  unit = await createUnit();
  secretary = await createSecretary(unit.id);
  actAs(secretary);
});

async function checkIn(meetingId: number, fields: { code?: string; headcount?: number | string } = {}) {
  return checkInToMeeting(
    initialFormState,
    formData({
      meetingId,
      code: fields.code ?? meetingCheckinCode(meetingId),
      headcount: fields.headcount ?? 3,
    }),
  );
}

const rowsOf = (meetingId: number) => db.meetingAttendance.findMany({ where: { meetingId } });

function expectRefused(state: FormState, key: string) {
  expect(state.ok).toBe(false);
  expect(state.message?.key).toBe(key);
}

describe("checking in to a meeting", () => {
  it("records the unit as present with its headcount, by QR code, and audits it", async () => {
    const meeting = await createMeeting({ invite: [unit.id], startsInHours: -0.2 });
    const state = await checkIn(meeting.id, { code: meetingCheckinCode(meeting.id).toLowerCase() });
    expect(state).toMatchObject({ ok: true, message: { key: "meetings.attendance.checkedIn" } });
    expect(await rowsOf(meeting.id)).toMatchObject([
      { unitId: unit.id, status: "PRESENT", headcount: 3, method: "QR_CODE", recordedById: secretary.id },
    ]);
    const audit = await db.auditLog.findMany({ where: { action: "meeting.checkIn", unitId: unit.id } });
    expect(audit).toMatchObject([
      { entityId: `${meeting.id}:${unit.id}`, unitId: unit.id, actorId: secretary.id },
    ]);
  });

  it("records a unit that answered 'delegate' as delegate", async () => {
    const meeting = await createMeeting({ invite: [unit.id], startsInHours: -0.2 });
    await answerInvitation(meeting.id, unit.id, "DELEGATE");
    expect((await checkIn(meeting.id, { headcount: 1 })).ok).toBe(true);
    expect(await rowsOf(meeting.id)).toMatchObject([{ status: "DELEGATE", headcount: 1 }]);
  });

  it("opens an hour before the start", async () => {
    const meeting = await createMeeting({ invite: [unit.id], startsInHours: 0.5 });
    expect((await checkIn(meeting.id)).ok).toBe(true);
  });

  it("updates the headcount when the unit checks in again (one row)", async () => {
    const meeting = await createMeeting({ invite: [unit.id], startsInHours: -0.2 });
    await checkIn(meeting.id, { headcount: 2 });
    expect((await checkIn(meeting.id, { headcount: 5 })).ok).toBe(true);
    expect(await rowsOf(meeting.id)).toMatchObject([{ status: "PRESENT", headcount: 5 }]);
    expect(
      await db.auditLog.count({ where: { action: "meeting.checkIn", entityId: `${meeting.id}:${unit.id}` } }),
    ).toBe(2);
  });

  it("ends concurrent check-ins of the same unit with one row", async () => {
    const meeting = await createMeeting({ invite: [unit.id], startsInHours: -0.2 });
    const other = await createSecretary(unit.id, { unitRole: "DEPUTY" });
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, index) => {
        actAs(index % 2 ? other : secretary);
        return checkIn(meeting.id, { headcount: index + 1 });
      }),
    );
    expect(results.every((state) => state.ok)).toBe(true);
    const rows = await rowsOf(meeting.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.headcount).toBeGreaterThanOrEqual(1);
  });
});

describe("refused check-ins store nothing", () => {
  it("refuses an expired code (tied to the code field)", async () => {
    const meeting = await createMeeting({ invite: [unit.id], startsInHours: -0.2 });
    const old = meetingCheckinCode(meeting.id, Date.now() - 5 * 60_000);
    const state = await checkIn(meeting.id, { code: old });
    expectRefused(state, "meetings.attendance.errors.codeExpired");
    expect(state.fieldErrors?.code?.[0]?.key).toBe("meetings.attendance.errors.codeExpired");
    expect(state.values?.headcount).toBe("3");
    expect(await rowsOf(meeting.id)).toEqual([]);
  });

  it("refuses another meeting's code and an activity's code", async () => {
    const meeting = await createMeeting({ invite: [unit.id], startsInHours: -0.2 });
    const other = await createMeeting({ invite: [unit.id], startsInHours: -0.2 });
    expectRefused(
      await checkIn(meeting.id, { code: meetingCheckinCode(other.id) }),
      "meetings.attendance.errors.codeExpired",
    );
    expectRefused(
      await checkIn(meeting.id, { code: checkinCodeFor(meeting.id) }),
      "meetings.attendance.errors.codeExpired",
    );
    expect(await rowsOf(meeting.id)).toEqual([]);
    expect(await rowsOf(other.id)).toEqual([]);
  });

  it("refuses before the window opens", async () => {
    const meeting = await createMeeting({ invite: [unit.id], startsInHours: 2 });
    const state = await checkIn(meeting.id);
    expectRefused(state, "meetings.attendance.errors.notOpenYet");
    expect(state.message?.values?.time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(await rowsOf(meeting.id)).toEqual([]);
  });

  it("refuses after the end, and four hours after the start when there is no end", async () => {
    const ended = await createMeeting({ invite: [unit.id], startsInHours: -3 });
    expectRefused(await checkIn(ended.id), "meetings.attendance.errors.closed");
    const open = await createMeeting({ invite: [unit.id], startsInHours: -3, endsAt: null });
    expect((await checkIn(open.id)).ok).toBe(true);
    const long = await createMeeting({ invite: [unit.id], startsInHours: -4.1, endsAt: null });
    expectRefused(await checkIn(long.id), "meetings.attendance.errors.closed");
    expect(await rowsOf(ended.id)).toEqual([]);
    expect(await rowsOf(long.id)).toEqual([]);
  });

  it("refuses a unit that is not invited", async () => {
    const meeting = await createMeeting({ invite: [(await createUnit()).id], startsInHours: -0.2 });
    expectRefused(await checkIn(meeting.id), "meetings.attendance.errors.notInvited");
    expect(await rowsOf(meeting.id)).toEqual([]);
  });

  it("refuses a cancelled meeting", async () => {
    const meeting = await createMeeting({
      invite: [unit.id],
      startsInHours: -0.2,
      status: "CANCELLED",
      cancelReason: "改期",
    });
    expectRefused(await checkIn(meeting.id), "meetings.attendance.errors.cancelled");
    expect(await rowsOf(meeting.id)).toEqual([]);
  });

  it("refuses an unknown meeting", async () => {
    expectRefused(
      await checkIn(2_000_000_000, { code: "ABCDEF" }),
      "meetings.attendance.errors.meetingNotFound",
    );
  });

  it("refuses a headcount outside 1–500 and a malformed code", async () => {
    const meeting = await createMeeting({ invite: [unit.id], startsInHours: -0.2 });
    for (const headcount of [0, 501, "2.5", "many"]) {
      const state = await checkIn(meeting.id, { headcount });
      expectRefused(state, "core.validation.checkFields");
      expect(state.fieldErrors?.headcount).toBeDefined();
    }
    const state = await checkIn(meeting.id, { code: "<script>" });
    expect(state.fieldErrors?.code).toBeDefined();
    expect(await rowsOf(meeting.id)).toEqual([]);
  });

  it("does not let an admin check a unit in by code", async () => {
    const meeting = await createMeeting({ invite: [unit.id], startsInHours: -0.2 });
    actAs(await createAdmin());
    expectRefused(await checkIn(meeting.id), "core.errors.forbidden");
    expect(await rowsOf(meeting.id)).toEqual([]);
  });

  it("does not change an existing check-in when refused", async () => {
    const meeting = await createMeeting({ invite: [unit.id], startsInHours: -0.2 });
    await checkIn(meeting.id, { headcount: 4 });
    expectRefused(
      await checkIn(meeting.id, { code: "ZZZZZZ", headcount: 9 }),
      "meetings.attendance.errors.codeExpired",
    );
    expect(await rowsOf(meeting.id)).toMatchObject([{ headcount: 4 }]);
  });
});
