// Answering an invitation: the invited unit's secretary, until the meeting starts; every
// refusal leaves the stored answer as it was.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { cancelMeeting, respondToInvitation } from "@/lib/meetings/actions";
import { createAdmin } from "@/tests/factories";
import { createMeeting } from "@/tests/factories/meetings";
import { createInvitedUnit } from "@/tests/factories/meeting-scheduling";
import { actAs, formData } from "@/tests/integration/helpers/session";

const invitationOf = (meetingId: number, unitId: number) =>
  db.meetingInvitation.findUniqueOrThrow({ where: { meetingId_unitId: { meetingId, unitId } } });

describe("respondToInvitation", () => {
  it("stores attend, then a delegate, then excused, and audits every answer", async () => {
    const { unit, user } = await createInvitedUnit();
    const meeting = await createMeeting({ invite: [unit.id] });
    actAs(user);
    const attend = await respondToInvitation(
      initialFormState,
      formData({ meetingId: meeting.id, response: "ATTEND" }),
    );
    expect(attend).toMatchObject({ ok: true, message: { key: "meetings.meeting.answered" } });
    expect(await invitationOf(meeting.id, unit.id)).toMatchObject({
      response: "ATTEND",
      respondedById: user.id,
    });

    await respondToInvitation(
      initialFormState,
      formData({ meetingId: meeting.id, response: "DELEGATE", delegateName: "王小明" }),
    );
    expect(await invitationOf(meeting.id, unit.id)).toMatchObject({
      response: "DELEGATE",
      delegateName: "王小明",
    });

    await respondToInvitation(
      initialFormState,
      formData({
        meetingId: meeting.id,
        response: "EXCUSED",
        delegateName: "王小明",
        excuseReason: "外出培训",
      }),
    );
    const after = await invitationOf(meeting.id, unit.id);
    expect(after).toMatchObject({ response: "EXCUSED", delegateName: "", excuseReason: "外出培训" });
    expect(after.respondedAt).toBeInstanceOf(Date);
    const audits = await db.auditLog.findMany({
      where: { action: "meeting.respond", entityId: String(after.id) },
      orderBy: { id: "asc" },
    });
    expect(audits.map((row) => (row.after as { response: string }).response)).toEqual([
      "ATTEND",
      "DELEGATE",
      "EXCUSED",
    ]);
  });

  it("requires a delegate's name and an excuse's reason, tied to the field", async () => {
    const { unit, user } = await createInvitedUnit();
    const meeting = await createMeeting({ invite: [unit.id] });
    actAs(user);
    const delegate = await respondToInvitation(
      initialFormState,
      formData({ meetingId: meeting.id, response: "DELEGATE" }),
    );
    expect(delegate.fieldErrors?.delegateName?.[0]?.key).toBe("meetings.meeting.errors.delegateRequired");
    const excused = await respondToInvitation(
      initialFormState,
      formData({ meetingId: meeting.id, response: "EXCUSED" }),
    );
    expect(excused.fieldErrors?.excuseReason?.[0]?.key).toBe("meetings.meeting.errors.reasonRequired");
    expect((await invitationOf(meeting.id, unit.id)).response).toBe("PENDING");
  });

  it("refuses after the start and keeps the earlier answer", async () => {
    const { unit, user } = await createInvitedUnit();
    const meeting = await createMeeting({ invite: [unit.id], startsInHours: -0.1 });
    await db.meetingInvitation.update({
      where: { meetingId_unitId: { meetingId: meeting.id, unitId: unit.id } },
      data: { response: "ATTEND", respondedAt: new Date(Date.now() - 3_600_000) },
    });
    actAs(user);
    const state = await respondToInvitation(
      initialFormState,
      formData({ meetingId: meeting.id, response: "EXCUSED", excuseReason: "临时有事" }),
    );
    expect(state.message?.key).toBe("meetings.meeting.errors.rsvpClosed");
    expect(await invitationOf(meeting.id, unit.id)).toMatchObject({ response: "ATTEND", excuseReason: "" });
  });

  it("refuses a cancelled meeting and an uninvited unit", async () => {
    const invited = await createInvitedUnit();
    const outsider = await createInvitedUnit();
    const cancelled = await createMeeting({
      invite: [invited.unit.id],
      status: "CANCELLED",
      cancelReason: "改期",
    });
    actAs(invited.user);
    const closed = await respondToInvitation(
      initialFormState,
      formData({ meetingId: cancelled.id, response: "ATTEND" }),
    );
    expect(closed.message?.key).toBe("meetings.meeting.errors.meetingCancelled");
    expect((await invitationOf(cancelled.id, invited.unit.id)).response).toBe("PENDING");

    const meeting = await createMeeting({ invite: [invited.unit.id] });
    actAs(outsider.user);
    const uninvited = await respondToInvitation(
      initialFormState,
      formData({ meetingId: meeting.id, response: "ATTEND" }),
    );
    expect(uninvited.message?.key).toBe("meetings.meeting.errors.notInvited");
    expect(
      await db.meetingInvitation.count({ where: { meetingId: meeting.id, unitId: outsider.unit.id } }),
    ).toBe(0);
    const unknown = await respondToInvitation(
      initialFormState,
      formData({ meetingId: 99_999_999, response: "ATTEND" }),
    );
    expect(unknown.message?.key).toBe("meetings.meeting.errors.notFound");
  });

  it("refuses admins: only the unit's own secretary answers", async () => {
    const { unit } = await createInvitedUnit();
    const meeting = await createMeeting({ invite: [unit.id] });
    actAs(await createAdmin());
    const state = await respondToInvitation(
      initialFormState,
      formData({ meetingId: meeting.id, response: "ATTEND" }),
    );
    expect(state.message?.key).toBe("core.errors.forbidden");
    expect((await invitationOf(meeting.id, unit.id)).response).toBe("PENDING");
  });

  it("never loses or half-applies an answer racing a cancellation", async () => {
    const { unit, user } = await createInvitedUnit();
    const admin = await createAdmin();
    for (let round = 0; round < 4; round += 1) {
      const meeting = await createMeeting({ invite: [unit.id] });
      const [answer, cancel] = await Promise.all([
        (async () => {
          actAs(user);
          return respondToInvitation(
            initialFormState,
            formData({ meetingId: meeting.id, response: "ATTEND" }),
          );
        })(),
        (async () => {
          actAs(admin);
          return cancelMeeting(initialFormState, formData({ meetingId: meeting.id, reason: "临时改期" }));
        })(),
      ]);
      expect(cancel.ok).toBe(true);
      const stored = await invitationOf(meeting.id, unit.id);
      // Either the answer came first (stored), or it was refused and nothing changed.
      if (answer.ok) expect(stored.response).toBe("ATTEND");
      else {
        expect(answer.message?.key).toBe("meetings.meeting.errors.meetingCancelled");
        expect(stored.response).toBe("PENDING");
      }
    }
  });
});
