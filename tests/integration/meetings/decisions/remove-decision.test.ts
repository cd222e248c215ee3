// Removing a decision listed by mistake; once reported on, it stays (mark it dropped instead).
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { removeDecision } from "@/lib/meetings/decisions/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createDecision, createDecisionUpdate, dayFromToday } from "@/tests/factories/decisions";
import { actAs, formData } from "@/tests/integration/helpers/session";
import { createDecisionMeeting, type DecisionMeeting } from "./decision-meeting";

let { owner, hostSecretary, ownerSecretary, admin, meeting } = {} as DecisionMeeting;

beforeEach(async () => {
  ({ owner, hostSecretary, ownerSecretary, admin, meeting } = await createDecisionMeeting());
});

const decisionCount = () => db.decision.count({ where: { meetingId: meeting.id } });

describe("removing a decision", () => {
  it("removes a decision without updates and audits it", async () => {
    const decision = await createDecision(meeting.id, owner.id, { dueOn: dayFromToday(3) });
    actAs(hostSecretary);
    const state = await removeDecision(initialFormState, formData({ decisionId: decision.id, version: 0 }));
    expect(state.ok).toBe(true);
    expect(await decisionCount()).toBe(0);
    expect(
      await db.auditLog.count({ where: { action: "decision.remove", entityId: String(decision.id) } }),
    ).toBe(1);
  });

  it("refuses once the owner has reported on it: mark it dropped instead", async () => {
    const decision = await createDecision(meeting.id, owner.id);
    await createDecisionUpdate(decision.id, ownerSecretary.id);
    const before = await db.decision.findUniqueOrThrow({ where: { id: decision.id } });
    actAs(admin);
    const state = await removeDecision(
      initialFormState,
      formData({ decisionId: decision.id, version: before.version }),
    );
    expect(state.message?.key).toBe("meetings.decisions.errors.hasUpdates");
    expect(await db.decision.findUniqueOrThrow({ where: { id: decision.id } })).toEqual(before);
    expect(await db.decisionUpdate.count({ where: { decisionId: decision.id } })).toBe(1);
  });

  it("refuses a stale version and an unknown decision", async () => {
    const decision = await createDecision(meeting.id, owner.id, { version: 3 });
    actAs(admin);
    const stale = await removeDecision(initialFormState, formData({ decisionId: decision.id, version: 2 }));
    expect(stale.message?.key).toBe("meetings.decisions.errors.stale");
    const unknown = await removeDecision(initialFormState, formData({ decisionId: 999_999, version: 0 }));
    expect(unknown.message?.key).toBe("meetings.decisions.errors.notFound");
    expect(await decisionCount()).toBe(1);
  });
});
