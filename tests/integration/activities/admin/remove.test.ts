import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { cancelItem, deleteItem } from "@/lib/activities/admin/actions";
import {
  createPlan,
  createPlanAdmin,
  createPlanItem,
  createUnitWithSecretary,
  itemOf,
  joinItem,
  notificationsOf,
} from "@/tests/factories/plan-admin";
import { actAs, formData } from "@/tests/integration/helpers/session";

describe("deleting and cancelling items", () => {
  it("deletes an unclaimed item nobody joined", async () => {
    await createPlan(2060, "DRAFT");
    const item = await createPlanItem(2060);
    actAs(await createPlanAdmin());
    expect((await deleteItem(initialFormState, formData({ id: item.id }))).ok).toBe(true);
    expect(await db.activity.findUnique({ where: { id: item.id } })).toBeNull();
  });

  it("refuses to delete a claimed item or one with participations", async () => {
    await createPlan(2060);
    const lead = await createUnitWithSecretary();
    const claimed = await createPlanItem(2060, { leadUnitId: lead.unit.id });
    const joined = await createPlanItem(2060);
    await joinItem(joined.id, lead.unit.id);
    actAs(await createPlanAdmin());
    for (const item of [claimed, joined]) {
      const state = await deleteItem(initialFormState, formData({ id: item.id }));
      expect(state.message?.key).toBe("activities.admin.cannotDelete");
      expect(await db.activity.findUnique({ where: { id: item.id } })).not.toBeNull();
    }
  });

  it("cancels with a reason and tells every live participant, not withdrawn ones", async () => {
    await createPlan(2061);
    const lead = await createUnitWithSecretary();
    const joined = await createUnitWithSecretary();
    const waitlisted = await createUnitWithSecretary();
    const withdrawn = await createUnitWithSecretary();
    const item = await createPlanItem(2061, { leadUnitId: lead.unit.id, status: "OPEN", title: "读书会" });
    await joinItem(item.id, joined.unit.id);
    await db.participation.create({
      data: { activityId: item.id, unitId: waitlisted.unit.id, headcount: 3, status: "WAITLISTED" },
    });
    await db.participation.create({
      data: {
        activityId: item.id,
        unitId: withdrawn.unit.id,
        headcount: 3,
        status: "WITHDRAWN",
        withdrawnAt: new Date(),
      },
    });
    actAs(await createPlanAdmin());
    const state = await cancelItem(
      initialFormState,
      formData({ id: item.id, version: item.version, reason: "场地临时关闭" }),
    );
    expect(state.ok).toBe(true);
    expect(await itemOf(item.id)).toMatchObject({ status: "CANCELLED", cancelReason: "场地临时关闭" });
    for (const unit of [joined, waitlisted]) {
      const notes = await notificationsOf(unit.secretary.id);
      expect(notes.map((note) => note.kind)).toEqual(["ACTIVITY_CANCELLED"]);
      expect(notes[0]!.values).toMatchObject({ title: "读书会", reason: "场地临时关闭" });
    }
    expect(await notificationsOf(withdrawn.secretary.id)).toHaveLength(0);
  });

  it("refuses a cancellation without a reason and a second cancellation", async () => {
    await createPlan(2061);
    const item = await createPlanItem(2061);
    actAs(await createPlanAdmin());
    const blank = await cancelItem(
      initialFormState,
      formData({ id: item.id, version: item.version, reason: "  " }),
    );
    expect(blank.fieldErrors?.reason?.[0]?.key).toBe("core.validation.required");
    await cancelItem(initialFormState, formData({ id: item.id, version: item.version, reason: "取消" }));
    const twice = await cancelItem(
      initialFormState,
      formData({ id: item.id, version: item.version + 1, reason: "再次" }),
    );
    expect(twice.message?.key).toBe("activities.admin.alreadyCancelled");
    expect((await itemOf(item.id)).cancelReason).toBe("取消");
  });
});
