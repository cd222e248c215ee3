// Admins ticking invited units: status and people per unit, overriding check-ins, allowed from
// the window's start on (also afterwards, to correct), and the refusals that store nothing.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { checkInToMeeting, recordAttendance } from "@/lib/meetings/attendance/actions";
import { meetingCheckinCode } from "@/lib/meetings/attendance/code";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { createMeeting } from "@/tests/factories/meetings";
import { actAs, formData } from "@/tests/integration/helpers/session";

let unit: { id: number };
let admin: { id: number; name: string };

beforeEach(async () => {
  unit = await createUnit();
  admin = await createAdmin();
  actAs(admin);
});

function record(meetingId: number, status: string, headcount: number | string, unitId = unit.id) {
  return recordAttendance(initialFormState, formData({ meetingId, unitId, status, headcount }));
}

const rowOf = (meetingId: number, unitId = unit.id) =>
  db.meetingAttendance.findUnique({ where: { meetingId_unitId: { meetingId, unitId } } });

describe("recording attendance as an admin", () => {
  it("records a unit present with its people, by admin, and audits it", async () => {
    const meeting = await createMeeting({ invite: [unit.id], startsInHours: -0.2 });
    expect(await record(meeting.id, "PRESENT", 2)).toMatchObject({
      ok: true,
      message: { key: "meetings.attendance.recorded" },
    });
    expect(await rowOf(meeting.id)).toMatchObject({
      status: "PRESENT",
      headcount: 2,
      method: "ADMIN",
      recordedById: admin.id,
    });
    const audit = await db.auditLog.findFirst({
      where: { action: "meeting.recordAttendance", entityId: `${meeting.id}:${unit.id}` },
    });
    expect(audit).toMatchObject({ actorId: admin.id, unitId: unit.id, before: null });
    expect(audit?.after).toMatchObject({ status: "PRESENT", headcount: 2, method: "ADMIN" });
  });

  it("overrides a unit's own check-in, auditing what it was", async () => {
    const meeting = await createMeeting({ invite: [unit.id], startsInHours: -0.2 });
    actAs(await createSecretary(unit.id));
    await checkInToMeeting(
      initialFormState,
      formData({ meetingId: meeting.id, code: meetingCheckinCode(meeting.id), headcount: 4 }),
    );
    actAs(admin);
    expect((await record(meeting.id, "DELEGATE", 1)).ok).toBe(true);
    expect(await rowOf(meeting.id)).toMatchObject({ status: "DELEGATE", headcount: 1, method: "ADMIN" });
    const audit = await db.auditLog.findFirst({
      where: { action: "meeting.recordAttendance", entityId: `${meeting.id}:${unit.id}` },
    });
    expect(audit?.before).toMatchObject({ status: "PRESENT", headcount: 4, method: "QR_CODE" });
  });

  it("counts nobody for excused and absent units", async () => {
    const meeting = await createMeeting({ invite: [unit.id], startsInHours: -0.2 });
    expect((await record(meeting.id, "EXCUSED", 3)).ok).toBe(true);
    expect(await rowOf(meeting.id)).toMatchObject({ status: "EXCUSED", headcount: 0 });
    expect((await record(meeting.id, "ABSENT", "")).ok).toBe(true);
    expect(await rowOf(meeting.id)).toMatchObject({ status: "ABSENT", headcount: 0 });
  });

  it("allows corrections after the meeting and from an hour before the start", async () => {
    const past = await createMeeting({ invite: [unit.id], startsInHours: -72 });
    expect((await record(past.id, "ABSENT", 0)).ok).toBe(true);
    const soon = await createMeeting({ invite: [unit.id], startsInHours: 0.5 });
    expect((await record(soon.id, "PRESENT", 1)).ok).toBe(true);
  });
});

describe("refused recordings store nothing", () => {
  it("needs at least one person for present and delegate", async () => {
    const meeting = await createMeeting({ invite: [unit.id], startsInHours: -0.2 });
    for (const status of ["PRESENT", "DELEGATE"]) {
      const state = await record(meeting.id, status, 0);
      expect(state.ok).toBe(false);
      expect(state.fieldErrors?.headcount?.[0]?.key).toBe("meetings.attendance.errors.headcountRequired");
      expect(state.values).toMatchObject({ status, headcount: "0" });
    }
    expect(await rowOf(meeting.id)).toBeNull();
  });

  it("refuses unknown statuses and out-of-range numbers", async () => {
    const meeting = await createMeeting({ invite: [unit.id], startsInHours: -0.2 });
    expect((await record(meeting.id, "LATE", 1)).fieldErrors?.status).toBeDefined();
    expect((await record(meeting.id, "PRESENT", 501)).fieldErrors?.headcount).toBeDefined();
    expect((await record(meeting.id, "PRESENT", -1)).fieldErrors?.headcount).toBeDefined();
    expect(await rowOf(meeting.id)).toBeNull();
  });

  it("refuses before the window opens", async () => {
    const meeting = await createMeeting({ invite: [unit.id], startsInHours: 3 });
    expect((await record(meeting.id, "PRESENT", 1)).message?.key).toBe(
      "meetings.attendance.errors.notOpenYet",
    );
    expect(await rowOf(meeting.id)).toBeNull();
  });

  it("refuses cancelled meetings and uninvited units", async () => {
    const cancelled = await createMeeting({
      invite: [unit.id],
      startsInHours: -0.2,
      status: "CANCELLED",
      cancelReason: "改期",
    });
    expect((await record(cancelled.id, "PRESENT", 1)).message?.key).toBe(
      "meetings.attendance.errors.cancelled",
    );
    expect(await rowOf(cancelled.id)).toBeNull();
    const meeting = await createMeeting({ invite: [unit.id], startsInHours: -0.2 });
    const stranger = await createUnit();
    expect((await record(meeting.id, "PRESENT", 1, stranger.id)).message?.key).toBe(
      "meetings.attendance.errors.notInvited",
    );
    expect(await rowOf(meeting.id, stranger.id)).toBeNull();
  });

  it("is for admins only", async () => {
    const meeting = await createMeeting({ invite: [unit.id], startsInHours: -0.2 });
    actAs(await createSecretary(unit.id));
    expect((await record(meeting.id, "PRESENT", 1)).message?.key).toBe("core.errors.forbidden");
    expect(await rowOf(meeting.id)).toBeNull();
  });
});
