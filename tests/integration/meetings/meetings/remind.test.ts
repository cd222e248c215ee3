// Reminding the silent units: only PENDING invitations, not twice within an hour, before the start.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { remindSilentUnits } from "@/lib/meetings/actions";
import { createAdmin } from "@/tests/factories";
import { createMeeting } from "@/tests/factories/meetings";
import { createInvitedUnit } from "@/tests/factories/meeting-scheduling";
import { actAs, formData } from "@/tests/integration/helpers/session";

const reminders = (meetingId: number, userId: number) =>
  db.notification.count({ where: { meetingId, userId, kind: "MEETING_REMINDER" } });

describe("remindSilentUnits", () => {
  it("reminds only the units that have not answered, and says how many", async () => {
    actAs(await createAdmin());
    const silent = await createInvitedUnit();
    const answered = await createInvitedUnit();
    const meeting = await createMeeting({ invite: [silent.unit.id, answered.unit.id] });
    await db.meetingInvitation.update({
      where: { meetingId_unitId: { meetingId: meeting.id, unitId: answered.unit.id } },
      data: { response: "ATTEND", respondedAt: new Date() },
    });
    const state = await remindSilentUnits(initialFormState, formData({ meetingId: meeting.id }));
    expect(state).toMatchObject({
      ok: true,
      message: { key: "meetings.meeting.reminded", values: { count: 1 } },
    });
    expect(await reminders(meeting.id, silent.user.id)).toBe(1);
    expect(await reminders(meeting.id, answered.user.id)).toBe(0);
    const row = await db.meetingInvitation.findUniqueOrThrow({
      where: { meetingId_unitId: { meetingId: meeting.id, unitId: silent.unit.id } },
    });
    expect(row.lastRemindedAt).toBeInstanceOf(Date);
    expect(
      await db.auditLog.count({ where: { action: "meeting.remind", entityId: String(meeting.id) } }),
    ).toBe(1);
  });

  it("refuses a second reminder within the hour, clearly, and sends nothing", async () => {
    actAs(await createAdmin());
    const silent = await createInvitedUnit();
    const meeting = await createMeeting({ invite: [silent.unit.id] });
    expect((await remindSilentUnits(initialFormState, formData({ meetingId: meeting.id }))).ok).toBe(true);
    const again = await remindSilentUnits(initialFormState, formData({ meetingId: meeting.id }));
    expect(again.message?.key).toBe("meetings.meeting.errors.remindedRecently");
    expect(again.message?.values?.time).toMatch(/^\d{2}:\d{2}$/);
    const one = await remindSilentUnits(
      initialFormState,
      formData({ meetingId: meeting.id, unitId: silent.unit.id }),
    );
    expect(one.message?.key).toBe("meetings.meeting.errors.remindedRecently");
    expect(await reminders(meeting.id, silent.user.id)).toBe(1);
  });

  it("reminds one unit on its own, and refuses an answered or uninvited unit", async () => {
    actAs(await createAdmin());
    const a = await createInvitedUnit();
    const b = await createInvitedUnit();
    const outsider = await createInvitedUnit();
    const meeting = await createMeeting({ invite: [a.unit.id, b.unit.id] });
    const state = await remindSilentUnits(
      initialFormState,
      formData({ meetingId: meeting.id, unitId: a.unit.id }),
    );
    expect(state.message?.values?.count).toBe(1);
    expect(await reminders(meeting.id, a.user.id)).toBe(1);
    expect(await reminders(meeting.id, b.user.id)).toBe(0);
    const notInvited = await remindSilentUnits(
      initialFormState,
      formData({ meetingId: meeting.id, unitId: outsider.unit.id }),
    );
    expect(notInvited.message?.key).toBe("meetings.meeting.errors.unitNotInvited");
    await db.meetingInvitation.update({
      where: { meetingId_unitId: { meetingId: meeting.id, unitId: b.unit.id } },
      data: { response: "EXCUSED", excuseReason: "出差", respondedAt: new Date() },
    });
    const answered = await remindSilentUnits(
      initialFormState,
      formData({ meetingId: meeting.id, unitId: b.unit.id }),
    );
    expect(answered.message?.key).toBe("meetings.meeting.errors.alreadyAnswered");
  });

  it("refuses after the start, for a cancelled meeting and when everybody answered", async () => {
    actAs(await createAdmin());
    const unit = await createInvitedUnit();
    const started = await createMeeting({ invite: [unit.unit.id], startsInHours: -1 });
    expect(
      (await remindSilentUnits(initialFormState, formData({ meetingId: started.id }))).message?.key,
    ).toBe("meetings.meeting.errors.remindAfterStart");
    const cancelled = await createMeeting({ invite: [unit.unit.id], status: "CANCELLED", cancelReason: "x" });
    expect(
      (await remindSilentUnits(initialFormState, formData({ meetingId: cancelled.id }))).message?.key,
    ).toBe("meetings.meeting.errors.meetingCancelled");
    const done = await createMeeting({ invite: [] });
    expect((await remindSilentUnits(initialFormState, formData({ meetingId: done.id }))).message?.key).toBe(
      "meetings.meeting.errors.noSilentUnits",
    );
    expect(await reminders(started.id, unit.user.id)).toBe(0);
  });

  it("sends one reminder when two admins press the button at the same moment", async () => {
    actAs(await createAdmin());
    const silent = await createInvitedUnit();
    const meeting = await createMeeting({ invite: [silent.unit.id] });
    const results = await Promise.all(
      [1, 2].map(() => remindSilentUnits(initialFormState, formData({ meetingId: meeting.id }))),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)?.message?.key).toBe(
      "meetings.meeting.errors.remindedRecently",
    );
    expect(await reminders(meeting.id, silent.user.id)).toBe(1);
  });
});
