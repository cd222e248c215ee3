import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { claimActivity } from "@/lib/activities/participation/claim-activity";
import { claimActivity as claimAction } from "@/lib/activities/participation/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createAdmin } from "@/tests/factories";
import { createPlan, createPlanActivity } from "@/tests/factories/notifications";
import { createMember, createUnclaimedActivity } from "@/tests/factories/participation";
import { actAs, formData } from "@/tests/integration/helpers/session";

const year = 2031;

describe("claimActivity", () => {
  it("makes the unit the lead, confirms the claim to it and writes an audit record", async () => {
    const activity = await createUnclaimedActivity(year);
    const { user, unit } = await createMember();
    actAs(user);
    const state = await claimAction(initialFormState, formData({ activityId: activity.id }));
    expect(state).toMatchObject({ ok: true, message: { key: "activities.participation.claimed" } });
    const after = await db.activity.findUniqueOrThrow({ where: { id: activity.id } });
    expect(after).toMatchObject({ leadUnitId: unit.id, status: "CLAIMED", version: activity.version + 1 });
    expect(after.claimedAt).toBeInstanceOf(Date);
    const note = await db.notification.findFirstOrThrow({
      where: { userId: user.id, activityId: activity.id },
    });
    expect(note).toMatchObject({ kind: "CLAIM_CONFIRMED", values: { title: activity.title } });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "activity.claim", entityId: String(activity.id) },
    });
    expect(audit).toMatchObject({ actorId: user.id, unitId: unit.id });
  });

  it("refuses an activity that is already claimed and names the unit that has it", async () => {
    const activity = await createUnclaimedActivity(year);
    const first = await createMember();
    const second = await createMember();
    await claimActivity(first.actor, activity.id);
    await expect(claimActivity(second.actor, activity.id)).rejects.toMatchObject({
      key: "activities.participation.alreadyClaimed",
      values: { unit: first.unit.name },
    });
    expect((await db.activity.findUniqueOrThrow({ where: { id: activity.id } })).leadUnitId).toBe(
      first.unit.id,
    );
  });

  it("refuses a second activity once the unit leads as many as the year allows", async () => {
    const a = await createUnclaimedActivity(year);
    const b = await createUnclaimedActivity(year);
    const { actor } = await createMember();
    await claimActivity(actor, a.id);
    await expect(claimActivity(actor, b.id)).rejects.toMatchObject({
      key: "activities.participation.leadLimit",
      values: { max: 1 },
    });
    expect((await db.activity.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("PLANNED");
  });

  it("allows as many leads as the year's maxLeadsPerUnit says", async () => {
    await createPlan(2032);
    await db.planYear.update({ where: { year: 2032 }, data: { maxLeadsPerUnit: 2 } });
    const [a, b] = [await createPlanActivity(2032), await createPlanActivity(2032)];
    const { actor } = await createMember();
    await claimActivity(actor, a.id);
    await claimActivity(actor, b.id);
    expect(await db.activity.count({ where: { leadUnitId: actor.unitId } })).toBe(2);
  });

  it("does not let anyone claim an activity of a draft list or a cancelled activity", async () => {
    await createPlan(2033, "DRAFT");
    const drafted = await createPlanActivity(2033);
    const cancelled = await createUnclaimedActivity(year, { status: "CANCELLED", cancelReason: "取消" });
    const { actor } = await createMember();
    await expect(claimActivity(actor, drafted.id)).rejects.toMatchObject({
      key: "activities.participation.notFound",
    });
    await expect(claimActivity(actor, cancelled.id)).rejects.toMatchObject({
      key: "activities.participation.notClaimable",
    });
  });

  it("refuses admins, who have no unit to claim for", async () => {
    const activity = await createUnclaimedActivity(year);
    actAs(await createAdmin());
    const state = await claimAction(initialFormState, formData({ activityId: activity.id }));
    expect(state).toMatchObject({ ok: false, message: { key: "core.errors.forbidden" } });
    expect((await db.activity.findUniqueOrThrow({ where: { id: activity.id } })).status).toBe("PLANNED");
  });

  it("ends 30 concurrent claims of one activity with exactly one lead and 29 clear refusals", async () => {
    const activity = await createUnclaimedActivity(year);
    const members = await Promise.all(Array.from({ length: 30 }, () => createMember()));
    const results = await Promise.allSettled(members.map((m) => claimActivity(m.actor, activity.id)));
    const won = results.flatMap((r, i) => (r.status === "fulfilled" ? [members[i]] : []));
    expect(won).toHaveLength(1);
    const refusals = results
      .filter((r) => r.status === "rejected")
      .map((r) => (r as PromiseRejectedResult).reason);
    expect(refusals).toHaveLength(29);
    for (const refusal of refusals) {
      expect(refusal).toMatchObject({
        key: "activities.participation.alreadyClaimed",
        values: { unit: won[0]!.unit.name },
      });
    }
    const after = await db.activity.findUniqueOrThrow({ where: { id: activity.id } });
    expect(after).toMatchObject({ leadUnitId: won[0]!.unit.id, status: "CLAIMED" });
    expect(
      await db.auditLog.count({ where: { action: "activity.claim", entityId: String(activity.id) } }),
    ).toBe(1);
    expect(await db.notification.count({ where: { activityId: activity.id, kind: "CLAIM_CONFIRMED" } })).toBe(
      1,
    );
  });

  it("lets one unit at a limit of 1 win only one of two activities claimed at the same moment", async () => {
    const activities = [await createUnclaimedActivity(year), await createUnclaimedActivity(year)];
    const { actor } = await createMember();
    const results = await Promise.allSettled(activities.map((activity) => claimActivity(actor, activity.id)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({
      reason: { key: "activities.participation.leadLimit" },
    });
    expect(await db.activity.count({ where: { year, leadUnitId: actor.unitId } })).toBe(1);
  });
});
