// Cancelling (before the start, with a reason, told to the invited units) and marking as held.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { cancelMeeting, markMeetingHeld } from "@/lib/meetings/actions";
import { createAdmin } from "@/tests/factories";
import { createMeeting } from "@/tests/factories/meetings";
import { createInvitedUnit } from "@/tests/factories/meeting-scheduling";
import { actAs, formData } from "@/tests/integration/helpers/session";

describe("cancelMeeting", () => {
  it("cancels with the reason, notifies every invited unit and audits", async () => {
    actAs(await createAdmin());
    const a = await createInvitedUnit();
    const b = await createInvitedUnit();
    const meeting = await createMeeting({ invite: [a.unit.id, b.unit.id] });
    const state = await cancelMeeting(
      initialFormState,
      formData({ meetingId: meeting.id, reason: "与区委全会冲突" }),
    );
    expect(state).toMatchObject({ ok: true, message: { key: "meetings.meeting.cancelled" } });
    expect(await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
      status: "CANCELLED",
      cancelReason: "与区委全会冲突",
    });
    for (const { user } of [a, b]) {
      const note = await db.notification.findFirstOrThrow({
        where: { userId: user.id, meetingId: meeting.id },
      });
      expect(note).toMatchObject({ kind: "MEETING_CANCELLED", values: { reason: "与区委全会冲突" } });
    }
    expect(
      await db.auditLog.count({ where: { action: "meeting.cancel", entityId: String(meeting.id) } }),
    ).toBe(1);
  });

  it("requires a reason, and refuses a started or already cancelled meeting", async () => {
    actAs(await createAdmin());
    const meeting = await createMeeting();
    const blank = await cancelMeeting(initialFormState, formData({ meetingId: meeting.id, reason: "  " }));
    expect(blank.fieldErrors?.reason?.[0]?.key).toBe("core.validation.required");
    const started = await createMeeting({ startsInHours: -0.5 });
    const late = await cancelMeeting(initialFormState, formData({ meetingId: started.id, reason: "太晚" }));
    expect(late.message?.key).toBe("meetings.meeting.errors.startedNotCancellable");
    const cancelled = await createMeeting({ status: "CANCELLED", cancelReason: "第一次" });
    const again = await cancelMeeting(
      initialFormState,
      formData({ meetingId: cancelled.id, reason: "第二次" }),
    );
    expect(again.message?.key).toBe("meetings.meeting.errors.alreadyCancelled");
    const rows = await db.meeting.findMany({ where: { id: { in: [meeting.id, started.id, cancelled.id] } } });
    expect(rows.map((row) => [row.status, row.cancelReason]).sort()).toEqual(
      [
        ["SCHEDULED", ""],
        ["SCHEDULED", ""],
        ["CANCELLED", "第一次"],
      ].sort(),
    );
  });
});

describe("markMeetingHeld", () => {
  it("marks a started meeting as held, and refuses before the start, twice, or when cancelled", async () => {
    actAs(await createAdmin());
    const started = await createMeeting({ startsInHours: -1 });
    expect(await markMeetingHeld(initialFormState, formData({ meetingId: started.id }))).toMatchObject({
      ok: true,
    });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: started.id } })).status).toBe("HELD");
    const twice = await markMeetingHeld(initialFormState, formData({ meetingId: started.id }));
    expect(twice.message?.key).toBe("meetings.meeting.errors.alreadyHeld");
    const future = await createMeeting({ startsInHours: 5 });
    const early = await markMeetingHeld(initialFormState, formData({ meetingId: future.id }));
    expect(early.message?.key).toBe("meetings.meeting.errors.notStartedYet");
    const cancelled = await createMeeting({ startsInHours: -1, status: "CANCELLED", cancelReason: "x" });
    const refused = await markMeetingHeld(initialFormState, formData({ meetingId: cancelled.id }));
    expect(refused.message?.key).toBe("meetings.meeting.errors.cancelledLocked");
    expect((await db.meeting.findUniqueOrThrow({ where: { id: future.id } })).status).toBe("SCHEDULED");
  });
});
