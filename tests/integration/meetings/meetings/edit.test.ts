// Editing a meeting: stale forms are refused, a new time or place is told to the invited units,
// newly invited units get an invitation, un-invited units lose theirs.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { updateMeeting } from "@/lib/meetings/actions";
import { toBeijingLocalInput } from "@/lib/core/time/beijing";
import { createAdmin } from "@/tests/factories";
import { createMeeting } from "@/tests/factories/meetings";
import { createInvitedUnit } from "@/tests/factories/meeting-scheduling";
import { actAs, formData } from "@/tests/integration/helpers/session";

type Meeting = Awaited<ReturnType<typeof createMeeting>>;

function editFields(meeting: Meeting, invite: number[], overrides: Record<string, string> = {}) {
  return {
    meetingId: String(meeting.id),
    version: String(meeting.version),
    kind: meeting.kind,
    title: meeting.title,
    startsAt: toBeijingLocalInput(meeting.startsAt),
    endsAt: meeting.endsAt ? toBeijingLocalInput(meeting.endsAt) : "",
    place: meeting.place,
    invite: invite.map(String),
    ...overrides,
  };
}

const notes = (meetingId: number, userId: number) =>
  db.notification.findMany({ where: { meetingId, userId }, select: { kind: true } });

describe("updateMeeting", () => {
  it("saves, bumps the version and notifies kept units of a new time, new units of the invitation", async () => {
    actAs(await createAdmin());
    const kept = await createInvitedUnit();
    const dropped = await createInvitedUnit();
    const added = await createInvitedUnit();
    const meeting = await createMeeting({ invite: [kept.unit.id, dropped.unit.id] });
    await db.meetingInvitation.update({
      where: { meetingId_unitId: { meetingId: meeting.id, unitId: dropped.unit.id } },
      data: { response: "ATTEND", respondedAt: new Date() },
    });
    const later = new Date(meeting.startsAt.getTime() + 24 * 3_600_000);
    const state = await updateMeeting(
      initialFormState,
      formData(
        editFields(meeting, [kept.unit.id, added.unit.id], {
          startsAt: toBeijingLocalInput(later),
          endsAt: "",
        }),
      ),
    );
    expect(state).toMatchObject({ ok: true, message: { key: "meetings.meeting.saved" } });
    const after = await db.meeting.findUniqueOrThrow({
      where: { id: meeting.id },
      include: { invitations: true },
    });
    expect(after.version).toBe(1);
    expect(toBeijingLocalInput(after.startsAt)).toBe(toBeijingLocalInput(later));
    expect(after.invitations.map((row) => row.unitId).sort()).toEqual([kept.unit.id, added.unit.id].sort());
    expect(await notes(meeting.id, kept.user.id)).toEqual([{ kind: "MEETING_CHANGED" }]);
    expect(await notes(meeting.id, added.user.id)).toEqual([{ kind: "MEETING_INVITED" }]);
    expect(await notes(meeting.id, dropped.user.id)).toEqual([]);
    const uninvite = await db.auditLog.findFirstOrThrow({
      where: { action: "meeting.uninvite", entityId: String(meeting.id) },
    });
    expect(uninvite.unitId).toBe(dropped.unit.id);
    expect(
      await db.auditLog.count({ where: { action: "meeting.update", entityId: String(meeting.id) } }),
    ).toBe(1);
  });

  it("does not notify anybody when only the title changes", async () => {
    actAs(await createAdmin());
    const unit = await createInvitedUnit();
    const meeting = await createMeeting({ invite: [unit.unit.id] });
    const state = await updateMeeting(
      initialFormState,
      formData(editFields(meeting, [unit.unit.id], { title: "新标题" })),
    );
    expect(state.ok).toBe(true);
    expect(await notes(meeting.id, unit.user.id)).toEqual([]);
  });

  it("refuses a stale form with a clear message and overwrites nothing", async () => {
    actAs(await createAdmin());
    const unit = await createInvitedUnit();
    const meeting = await createMeeting({ invite: [unit.unit.id] });
    const first = await updateMeeting(
      initialFormState,
      formData(editFields(meeting, [unit.unit.id], { title: "第一次修改" })),
    );
    expect(first.ok).toBe(true);
    const stale = await updateMeeting(
      initialFormState,
      formData(editFields(meeting, [unit.unit.id], { title: "过期的修改", place: "别处" })),
    );
    expect(stale).toMatchObject({ ok: false, message: { key: "meetings.meeting.errors.staleVersion" } });
    expect(stale.values?.title).toBe("过期的修改");
    const after = await db.meeting.findUniqueOrThrow({
      where: { id: meeting.id },
      include: { invitations: true },
    });
    expect(after).toMatchObject({ title: "第一次修改", place: meeting.place, version: 1 });
    expect(after.invitations).toHaveLength(1);
  });

  it("refuses editing a cancelled meeting and moving the start into the past", async () => {
    actAs(await createAdmin());
    const unit = await createInvitedUnit();
    const cancelled = await createMeeting({
      invite: [unit.unit.id],
      status: "CANCELLED",
      cancelReason: "改期",
    });
    const state = await updateMeeting(
      initialFormState,
      formData(editFields(cancelled, [unit.unit.id], { title: "x" })),
    );
    expect(state.message?.key).toBe("meetings.meeting.errors.cancelledLocked");
    expect((await db.meeting.findUniqueOrThrow({ where: { id: cancelled.id } })).title).toBe(cancelled.title);

    const meeting = await createMeeting({ invite: [unit.unit.id] });
    const past = toBeijingLocalInput(new Date(Date.now() - 3_600_000));
    const moved = await updateMeeting(
      initialFormState,
      formData(editFields(meeting, [unit.unit.id], { startsAt: past, endsAt: "" })),
    );
    expect(moved.fieldErrors?.startsAt?.[0]?.key).toBe("meetings.meeting.errors.startsInPast");
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).version).toBe(0);
  });

  it("lets exactly one of two simultaneous edits of the same version win", async () => {
    actAs(await createAdmin());
    const unit = await createInvitedUnit();
    const meeting = await createMeeting({ invite: [unit.unit.id] });
    const results = await Promise.all(
      ["甲的修改", "乙的修改"].map((title) =>
        updateMeeting(initialFormState, formData(editFields(meeting, [unit.unit.id], { title }))),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)?.message?.key).toBe("meetings.meeting.errors.staleVersion");
    const after = await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } });
    expect(after.version).toBe(1);
    expect(["甲的修改", "乙的修改"]).toContain(after.title);
  });
});
