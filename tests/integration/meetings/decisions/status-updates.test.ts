// The owner unit (or an admin) reports on a decision with a note; every report is kept.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { updateDecisionStatus } from "@/lib/meetings/decisions/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { createDecision } from "@/tests/factories/decisions";
import { createMeeting } from "@/tests/factories/meetings";
import { actAs, formData } from "@/tests/integration/helpers/session";

let host: { id: number };
let owner: { id: number };
let ownerSecretary: { id: number; name: string };
let decision: Awaited<ReturnType<typeof createDecision>>;

beforeEach(async () => {
  host = await createUnit();
  owner = await createUnit();
  ownerSecretary = await createSecretary(owner.id);
  const meeting = await createMeeting({ hostUnitId: host.id, startsInHours: -48 });
  decision = await createDecision(meeting.id, owner.id);
});

const update = (fields: Record<string, string | number>) =>
  updateDecisionStatus(initialFormState, formData({ decisionId: decision.id, version: 0, ...fields }));
const unchanged = async () => {
  expect(await db.decision.findUniqueOrThrow({ where: { id: decision.id } })).toEqual(decision);
  expect(await db.decisionUpdate.count({ where: { decisionId: decision.id } })).toBe(0);
};

describe("updating a decision's status", () => {
  it("changes the status, writes the history with the note and who, and audits, together", async () => {
    actAs(ownerSecretary);
    const state = await update({ status: "IN_PROGRESS", note: "已与社区对接场地" });
    expect(state).toMatchObject({ ok: true, message: { key: "meetings.decisions.statusUpdated" } });
    const after = await db.decision.findUniqueOrThrow({ where: { id: decision.id } });
    expect(after).toMatchObject({ status: "IN_PROGRESS", version: 1 });
    const history = await db.decisionUpdate.findMany({ where: { decisionId: decision.id } });
    expect(history).toEqual([
      expect.objectContaining({
        fromStatus: "OPEN",
        toStatus: "IN_PROGRESS",
        note: "已与社区对接场地",
        actorId: ownerSecretary.id,
      }),
    ]);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "decision.updateStatus", entityId: String(decision.id) },
    });
    expect(audit).toMatchObject({ actorId: ownerSecretary.id, unitId: owner.id });
    expect(audit.after).toMatchObject({ status: "IN_PROGRESS", note: "已与社区对接场地" });
  });

  it("accepts a note without a status change as a progress report", async () => {
    actAs(ownerSecretary);
    const state = await update({ status: "OPEN", note: "正在排期" });
    expect(state.ok).toBe(true);
    const history = await db.decisionUpdate.findFirstOrThrow({ where: { decisionId: decision.id } });
    expect(history).toMatchObject({ fromStatus: "OPEN", toStatus: "OPEN", note: "正在排期" });
    expect((await db.decision.findUniqueOrThrow({ where: { id: decision.id } })).version).toBe(1);
  });

  it("lets an admin update, and keeps every report in order", async () => {
    actAs(ownerSecretary);
    expect((await update({ status: "IN_PROGRESS", note: "启动" })).ok).toBe(true);
    actAs(await createAdmin());
    const done = await updateDecisionStatus(
      initialFormState,
      formData({ decisionId: decision.id, version: 1, status: "DONE", note: "经核实已完成" }),
    );
    expect(done.ok).toBe(true);
    const history = await db.decisionUpdate.findMany({
      where: { decisionId: decision.id },
      orderBy: { id: "asc" },
    });
    expect(history.map((row) => [row.fromStatus, row.toStatus])).toEqual([
      ["OPEN", "IN_PROGRESS"],
      ["IN_PROGRESS", "DONE"],
    ]);
  });

  it("refuses an update based on a stale version with a clear message, changing nothing", async () => {
    await db.decision.update({ where: { id: decision.id }, data: { version: 1 } });
    decision = await db.decision.findUniqueOrThrow({ where: { id: decision.id } });
    actAs(ownerSecretary);
    const state = await update({ status: "DONE", note: "已完成" });
    expect(state).toMatchObject({ ok: false, message: { key: "meetings.decisions.errors.stale" } });
    expect(state.values?.note).toBe("已完成");
    await unchanged();
  });

  it("refuses a secretary of a unit that does not own the decision, even the host's", async () => {
    const hostSecretary = await createSecretary(host.id);
    for (const user of [hostSecretary, await createSecretary((await createUnit()).id)]) {
      actAs(user);
      const state = await update({ status: "DONE", note: "代为更新" });
      expect(state.message?.key).toBe("core.errors.forbidden");
    }
    await unchanged();
  });

  it("refuses the owner of another decision: ownership is per decision", async () => {
    const otherOwner = await createUnit();
    const otherSecretary = await createSecretary(otherOwner.id);
    await createDecision(decision.meetingId, otherOwner.id);
    actAs(otherSecretary);
    expect((await update({ status: "DROPPED", note: "不做了" })).message?.key).toBe("core.errors.forbidden");
    await unchanged();
  });

  it("requires a note and a known status, and refuses an unknown decision", async () => {
    actAs(ownerSecretary);
    const blank = await update({ status: "DONE", note: "   " });
    expect(blank.fieldErrors?.note?.[0]?.key).toBe("core.validation.required");
    const tooLong = await update({ status: "DONE", note: "字".repeat(1001) });
    expect(tooLong.fieldErrors?.note?.[0]?.key).toBe("core.validation.tooLong");
    const badStatus = await update({ status: "FINISHED", note: "完成" });
    expect(badStatus.fieldErrors?.status?.[0]?.key).toBe("core.validation.choice");
    const unknown = await updateDecisionStatus(
      initialFormState,
      formData({ decisionId: 999_999, version: 0, status: "DONE", note: "完成" }),
    );
    expect(unknown.message?.key).toBe("meetings.decisions.errors.notFound");
    await unchanged();
  });

  it("refuses anonymous callers", async () => {
    actAs(null);
    expect((await update({ status: "DONE", note: "完成" })).message?.key).toBe("core.errors.signInRequired");
    await unchanged();
  });

  it("lets only one of two updates on the same version through", async () => {
    actAs(ownerSecretary);
    const results = await Promise.all([
      update({ status: "IN_PROGRESS", note: "甲" }),
      update({ status: "DONE", note: "乙" }),
    ]);
    expect(results.filter((state) => state.ok)).toHaveLength(1);
    expect(results.find((state) => !state.ok)?.message?.key).toBe("meetings.decisions.errors.stale");
    expect(await db.decisionUpdate.count({ where: { decisionId: decision.id } })).toBe(1);
  });
});
