// Scheduling a meeting: every chosen unit is invited and told; bad input is tied to its field.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { scheduleMeeting } from "@/lib/meetings/actions";
import { createAdmin, createUnit } from "@/tests/factories";
import { createInvitedUnit, meetingFields } from "@/tests/factories/meeting-scheduling";
import { actAs, formData } from "@/tests/integration/helpers/session";

describe("scheduleMeeting", () => {
  it("creates the meeting, invites the chosen units, notifies their secretaries and audits", async () => {
    const admin = await createAdmin();
    const a = await createInvitedUnit();
    const b = await createInvitedUnit();
    actAs(admin);
    const fields = meetingFields([a.unit.id, b.unit.id], 48, { isPublic: "on" });
    const state = await scheduleMeeting(initialFormState, formData(fields));
    expect(state).toMatchObject({ ok: true, message: { key: "meetings.meeting.scheduled" } });
    const meetingId = Number(state.data?.id);
    const meeting = await db.meeting.findUniqueOrThrow({
      where: { id: meetingId },
      include: { invitations: true },
    });
    expect(meeting).toMatchObject({ title: fields.title, isPublic: true, status: "SCHEDULED", version: 0 });
    expect(meeting.invitations.map((row) => row.unitId).sort()).toEqual([a.unit.id, b.unit.id].sort());
    expect(meeting.invitations.every((row) => row.response === "PENDING")).toBe(true);
    for (const { user } of [a, b]) {
      const note = await db.notification.findFirstOrThrow({ where: { userId: user.id, meetingId } });
      expect(note).toMatchObject({ kind: "MEETING_INVITED", values: { title: fields.title } });
    }
    expect(
      await db.auditLog.count({ where: { action: "meeting.schedule", entityId: String(meetingId) } }),
    ).toBe(1);
  });

  it("reads start and end as Beijing time", async () => {
    actAs(await createAdmin());
    const { unit } = await createInvitedUnit();
    const fields = meetingFields([unit.id], 0, { startsAt: "2035-06-01T09:00", endsAt: "2035-06-01T11:30" });
    const state = await scheduleMeeting(initialFormState, formData(fields));
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: Number(state.data?.id) } });
    expect(meeting.startsAt.toISOString()).toBe("2035-06-01T01:00:00.000Z");
    expect(meeting.endsAt?.toISOString()).toBe("2035-06-01T03:30:00.000Z");
  });

  it("refuses a meeting without any place, an end before the start and no invited unit, per field", async () => {
    actAs(await createAdmin());
    const { unit } = await createInvitedUnit();
    const before = await db.meeting.count();
    const state = await scheduleMeeting(
      initialFormState,
      formData({
        ...meetingFields([], 24, { place: "", endsAt: "2020-01-01T00:00" }),
        invite: undefined,
      }),
    );
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.place?.[0]?.key).toBe("meetings.meeting.errors.placeRequired");
    expect(state.fieldErrors?.endsAt?.[0]?.key).toBe("meetings.meeting.errors.endBeforeStart");
    expect(state.fieldErrors?.invite?.[0]?.key).toBe("meetings.meeting.errors.inviteRequired");
    expect(state.values?.title).toBeTruthy();
    const bad = await scheduleMeeting(
      initialFormState,
      formData(meetingFields([unit.id], 24, { onlineUrl: "javascript:alert(1)" })),
    );
    expect(bad.fieldErrors?.onlineUrl?.[0]?.key).toBe("meetings.meeting.errors.onlineUrl");
    expect(await db.meeting.count()).toBe(before);
  });

  it("refuses a start in the past and inviting a suspended unit", async () => {
    actAs(await createAdmin());
    const { unit } = await createInvitedUnit();
    const suspended = await createUnit({ status: "SUSPENDED" });
    const before = await db.meeting.count();
    const past = await scheduleMeeting(initialFormState, formData(meetingFields([unit.id], -2)));
    expect(past.fieldErrors?.startsAt?.[0]?.key).toBe("meetings.meeting.errors.startsInPast");
    const inactive = await scheduleMeeting(
      initialFormState,
      formData(meetingFields([unit.id, suspended.id])),
    );
    expect(inactive.fieldErrors?.invite?.[0]?.key).toBe("meetings.meeting.errors.unitNotActive");
    const venue = await scheduleMeeting(
      initialFormState,
      formData(meetingFields([unit.id], 24, { venueId: "999999" })),
    );
    expect(venue.fieldErrors?.venueId?.[0]?.key).toBe("meetings.meeting.errors.venueNotFound");
    expect(await db.meeting.count()).toBe(before);
  });

  it("refuses secretaries", async () => {
    const { user, unit } = await createInvitedUnit();
    actAs(user);
    const state = await scheduleMeeting(initialFormState, formData(meetingFields([unit.id])));
    expect(state.message?.key).toBe("core.errors.forbidden");
  });
});
