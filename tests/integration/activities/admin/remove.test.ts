import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { cancelActivity, deleteActivity } from "@/lib/activities/admin/actions";
import {
  createPlan,
  createPlanAdmin,
  createPlanActivity,
  createUnitWithSecretary,
  activityOf,
  notificationsOf,
} from "@/tests/factories/plan-admin";
import { joinUnit } from "@/tests/factories/reports";
import { actAs, formData } from "@/tests/integration/helpers/session";

describe("deleting and cancelling activities", () => {
  it("deletes an unclaimed activity nobody joined", async () => {
    await createPlan(2060, "DRAFT");
    const activity = await createPlanActivity(2060);
    actAs(await createPlanAdmin());
    expect((await deleteActivity(initialFormState, formData({ id: activity.id }))).ok).toBe(true);
    expect(await db.activity.findUnique({ where: { id: activity.id } })).toBeNull();
  });

  it("refuses to delete a claimed activity or one with participations", async () => {
    await createPlan(2060);
    const lead = await createUnitWithSecretary();
    const claimed = await createPlanActivity(2060, { leadUnitId: lead.unit.id });
    const joined = await createPlanActivity(2060);
    await joinUnit(joined.id, lead.unit.id);
    actAs(await createPlanAdmin());
    for (const activity of [claimed, joined]) {
      const state = await deleteActivity(initialFormState, formData({ id: activity.id }));
      expect(state.message?.key).toBe("activities.admin.cannotDelete");
      expect(await db.activity.findUnique({ where: { id: activity.id } })).not.toBeNull();
    }
  });

  it("cancels with a reason and tells every live participant, not withdrawn ones", async () => {
    await createPlan(2061);
    const lead = await createUnitWithSecretary();
    const joined = await createUnitWithSecretary();
    const waitlisted = await createUnitWithSecretary();
    const withdrawn = await createUnitWithSecretary();
    const activity = await createPlanActivity(2061, {
      leadUnitId: lead.unit.id,
      status: "OPEN",
      title: "读书会",
    });
    await joinUnit(activity.id, joined.unit.id);
    await db.participation.create({
      data: { activityId: activity.id, unitId: waitlisted.unit.id, headcount: 3, status: "WAITLISTED" },
    });
    await db.participation.create({
      data: {
        activityId: activity.id,
        unitId: withdrawn.unit.id,
        headcount: 3,
        status: "WITHDRAWN",
        withdrawnAt: new Date(),
      },
    });
    actAs(await createPlanAdmin());
    const state = await cancelActivity(
      initialFormState,
      formData({ id: activity.id, version: activity.version, reason: "场地临时关闭" }),
    );
    expect(state.ok).toBe(true);
    expect(await activityOf(activity.id)).toMatchObject({
      status: "CANCELLED",
      cancelReason: "场地临时关闭",
    });
    for (const unit of [joined, waitlisted]) {
      const notes = await notificationsOf(unit.secretary.id);
      expect(notes.map((note) => note.kind)).toEqual(["ACTIVITY_CANCELLED"]);
      expect(notes[0]!.values).toMatchObject({ title: "读书会", reason: "场地临时关闭" });
    }
    expect(await notificationsOf(withdrawn.secretary.id)).toHaveLength(0);
  });

  it("refuses a cancellation without a reason and a second cancellation", async () => {
    await createPlan(2061);
    const activity = await createPlanActivity(2061);
    actAs(await createPlanAdmin());
    const blank = await cancelActivity(
      initialFormState,
      formData({ id: activity.id, version: activity.version, reason: "  " }),
    );
    expect(blank.fieldErrors?.reason?.[0]?.key).toBe("core.validation.required");
    await cancelActivity(
      initialFormState,
      formData({ id: activity.id, version: activity.version, reason: "取消" }),
    );
    const twice = await cancelActivity(
      initialFormState,
      formData({ id: activity.id, version: activity.version + 1, reason: "再次" }),
    );
    expect(twice.message?.key).toBe("activities.admin.alreadyCancelled");
    expect((await activityOf(activity.id)).cancelReason).toBe("取消");
  });
});
