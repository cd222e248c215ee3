// Writers (admins and the host unit's secretaries) list a meeting's decisions: add and edit.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { addDecision, editDecision } from "@/lib/meetings/decisions/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createSecretary, createUnit } from "@/tests/factories";
import { createDecision } from "@/tests/factories/decisions";
import { actAs, formData } from "@/tests/integration/helpers/session";
import { createDecisionMeeting, type DecisionMeeting } from "./decision-meeting";

let { owner, hostSecretary, ownerSecretary, admin, meeting } = {} as DecisionMeeting;

beforeEach(async () => {
  ({ owner, hostSecretary, ownerSecretary, admin, meeting } = await createDecisionMeeting());
});

const decisionCount = () => db.decision.count({ where: { meetingId: meeting.id } });

describe("adding a decision", () => {
  it("lists it, notifies the owner unit's secretaries with the meeting title and due date, and audits", async () => {
    const deputy = await createSecretary(owner.id, { unitRole: "DEPUTY" });
    actAs(admin);
    const state = await addDecision(
      initialFormState,
      formData({
        meetingId: meeting.id,
        title: "共建青年志愿服务站",
        ownerUnitId: owner.id,
        dueOn: "2027-03-31",
      }),
    );
    expect(state).toMatchObject({ ok: true, message: { key: "meetings.decisions.added" } });
    const decision = await db.decision.findFirstOrThrow({ where: { meetingId: meeting.id } });
    expect(decision).toMatchObject({
      title: "共建青年志愿服务站",
      ownerUnitId: owner.id,
      status: "OPEN",
      version: 0,
    });
    expect(decision.dueOn.toISOString().slice(0, 10)).toBe("2027-03-31");
    const notices = await db.notification.findMany({
      where: { meetingId: meeting.id, kind: "DECISION_ASSIGNED" },
    });
    expect(notices.map((notice) => notice.userId).sort()).toEqual([ownerSecretary.id, deputy.id].sort());
    expect(notices[0]!.values).toEqual({ title: meeting.title, date: "2027-03-31" });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "decision.add", entityId: String(decision.id) },
    });
    expect(audit).toMatchObject({ actorId: admin.id, unitId: owner.id });
  });

  it("lets the host unit's secretary add, and puts new decisions last", async () => {
    await createDecision(meeting.id, owner.id, { position: 4 });
    actAs(hostSecretary);
    const state = await addDecision(
      initialFormState,
      formData({ meetingId: meeting.id, title: "第二项", ownerUnitId: owner.id, dueOn: "2027-01-15" }),
    );
    expect(state.ok).toBe(true);
    const added = await db.decision.findFirstOrThrow({ where: { meetingId: meeting.id, title: "第二项" } });
    expect(added.position).toBe(5);
  });

  it("refuses another unit's secretary, adding nothing", async () => {
    actAs(ownerSecretary);
    const state = await addDecision(
      initialFormState,
      formData({ meetingId: meeting.id, title: "越权登记", ownerUnitId: owner.id, dueOn: "2027-01-15" }),
    );
    expect(state.message?.key).toBe("core.errors.forbidden");
    expect(state.values?.title).toBe("越权登记");
    expect(await decisionCount()).toBe(0);
  });

  it("refuses a cancelled meeting", async () => {
    await db.meeting.update({
      where: { id: meeting.id },
      data: { status: "CANCELLED", cancelReason: "改期" },
    });
    actAs(admin);
    const state = await addDecision(
      initialFormState,
      formData({ meetingId: meeting.id, title: "会后事项", ownerUnitId: owner.id, dueOn: "2027-01-15" }),
    );
    expect(state.message?.key).toBe("meetings.decisions.errors.meetingCancelled");
    expect(await decisionCount()).toBe(0);
    expect(await db.notification.count({ where: { meetingId: meeting.id } })).toBe(0);
  });

  it("refuses an owner unit that is not active, and bad input, naming the field", async () => {
    const suspended = await createUnit({ status: "SUSPENDED" });
    actAs(admin);
    const inactive = await addDecision(
      initialFormState,
      formData({ meetingId: meeting.id, title: "事项", ownerUnitId: suspended.id, dueOn: "2027-01-15" }),
    );
    expect(inactive.fieldErrors?.ownerUnitId?.[0]?.key).toBe("meetings.decisions.errors.ownerInactive");
    const invalid = await addDecision(
      initialFormState,
      formData({
        meetingId: meeting.id,
        title: "长".repeat(301),
        ownerUnitId: owner.id,
        dueOn: "2027-02-30",
      }),
    );
    expect(invalid.fieldErrors?.title?.[0]?.key).toBe("core.validation.tooLong");
    expect(invalid.fieldErrors?.dueOn?.[0]?.key).toBe("core.validation.date");
    expect(await decisionCount()).toBe(0);
  });
});

describe("editing a decision", () => {
  it("saves the change on the current version and tells a new owner", async () => {
    const decision = await createDecision(meeting.id, owner.id);
    const newOwner = await createUnit();
    const newSecretary = await createSecretary(newOwner.id);
    actAs(hostSecretary);
    const state = await editDecision(
      initialFormState,
      formData({
        decisionId: decision.id,
        version: 0,
        title: "改后的事项",
        ownerUnitId: newOwner.id,
        dueOn: "2027-05-01",
      }),
    );
    expect(state.ok).toBe(true);
    const after = await db.decision.findUniqueOrThrow({ where: { id: decision.id } });
    expect(after).toMatchObject({ title: "改后的事项", ownerUnitId: newOwner.id, version: 1 });
    const notice = await db.notification.findFirstOrThrow({ where: { userId: newSecretary.id } });
    expect(notice).toMatchObject({ kind: "DECISION_ASSIGNED", meetingId: meeting.id });
    expect(notice.values).toEqual({ title: meeting.title, date: "2027-05-01" });
    expect(
      await db.auditLog.count({ where: { action: "decision.edit", entityId: String(decision.id) } }),
    ).toBe(1);
  });

  it("does not notify when the owner stays the same", async () => {
    const decision = await createDecision(meeting.id, owner.id);
    actAs(admin);
    const state = await editDecision(
      initialFormState,
      formData({
        decisionId: decision.id,
        version: 0,
        title: "措辞调整",
        ownerUnitId: owner.id,
        dueOn: "2027-05-01",
      }),
    );
    expect(state.ok).toBe(true);
    expect(await db.notification.count({ where: { userId: ownerSecretary.id } })).toBe(0);
  });

  it("refuses an edit based on a stale version, leaving the decision unchanged", async () => {
    const decision = await createDecision(meeting.id, owner.id, { version: 2 });
    actAs(admin);
    const state = await editDecision(
      initialFormState,
      formData({
        decisionId: decision.id,
        version: 1,
        title: "旧表单",
        ownerUnitId: owner.id,
        dueOn: "2027-05-01",
      }),
    );
    expect(state).toMatchObject({ ok: false, message: { key: "meetings.decisions.errors.stale" } });
    expect(state.values?.title).toBe("旧表单");
    expect(await db.decision.findUniqueOrThrow({ where: { id: decision.id } })).toEqual(decision);
  });

  it("refuses another unit's secretary, even the owner's", async () => {
    const decision = await createDecision(meeting.id, owner.id);
    actAs(ownerSecretary);
    const state = await editDecision(
      initialFormState,
      formData({
        decisionId: decision.id,
        version: 0,
        title: "改期",
        ownerUnitId: owner.id,
        dueOn: "2030-01-01",
      }),
    );
    expect(state.message?.key).toBe("core.errors.forbidden");
    expect(await db.decision.findUniqueOrThrow({ where: { id: decision.id } })).toEqual(decision);
  });
});
