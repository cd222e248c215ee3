import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { assignLead, unassignLead } from "@/lib/activities/admin/actions";
import {
  createPlan,
  createPlanAdmin,
  createPlanActivity,
  createUnitWithSecretary,
  activityOf,
  notificationsOf,
} from "@/tests/factories/plan-admin";
import { actAs, formData } from "@/tests/integration/helpers/session";

describe("assigning the lead unit", () => {
  it("assigns a lead to a planned activity (now CLAIMED) and tells the new lead", async () => {
    await createPlan(2050);
    const { unit, secretary } = await createUnitWithSecretary();
    const activity = await createPlanActivity(2050);
    actAs(await createPlanAdmin());
    const state = await assignLead(initialFormState, formData({ id: activity.id, unitId: unit.id }));
    expect(state).toMatchObject({ ok: true, message: { key: "activities.admin.leadAssigned" } });
    expect(await activityOf(activity.id)).toMatchObject({
      leadUnitId: unit.id,
      status: "CLAIMED",
      version: 1,
    });
    expect((await notificationsOf(secretary.id)).map((note) => note.kind)).toEqual(["CLAIM_REASSIGNED"]);
  });

  it("reassigns an open activity, keeping its status, and tells the old and the new lead", async () => {
    await createPlan(2050);
    const oldLead = await createUnitWithSecretary();
    const newLead = await createUnitWithSecretary();
    const activity = await createPlanActivity(2050, { leadUnitId: oldLead.unit.id, status: "OPEN" });
    actAs(await createPlanAdmin());
    expect(
      (await assignLead(initialFormState, formData({ id: activity.id, unitId: newLead.unit.id }))).ok,
    ).toBe(true);
    expect(await activityOf(activity.id)).toMatchObject({ leadUnitId: newLead.unit.id, status: "OPEN" });
    expect(await notificationsOf(oldLead.secretary.id)).toHaveLength(1);
    expect(await notificationsOf(newLead.secretary.id)).toHaveLength(1);
  });

  it("respects the year's lead limit for the new lead", async () => {
    await createPlan(2051);
    await db.planYear.update({ where: { year: 2051 }, data: { maxLeadsPerUnit: 1 } });
    const { unit } = await createUnitWithSecretary();
    await createPlanActivity(2051, { leadUnitId: unit.id });
    const second = await createPlanActivity(2051);
    actAs(await createPlanAdmin());
    const state = await assignLead(initialFormState, formData({ id: second.id, unitId: unit.id }));
    expect(state.fieldErrors?.unitId?.[0]).toEqual({ key: "activities.admin.leadLimit", values: { max: 1 } });
    expect(await activityOf(second.id)).toMatchObject({ leadUnitId: null, status: "PLANNED" });
  });

  it("lets exactly the allowed number of concurrent assignments to one unit succeed", async () => {
    await createPlan(2052);
    await db.planYear.update({ where: { year: 2052 }, data: { maxLeadsPerUnit: 2 } });
    const { unit } = await createUnitWithSecretary();
    const activities = [];
    for (let index = 0; index < 6; index += 1) activities.push(await createPlanActivity(2052));
    actAs(await createPlanAdmin());
    const results = await Promise.all(
      activities.map((activity) =>
        assignLead(initialFormState, formData({ id: activity.id, unitId: unit.id })),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(2);
    expect(await db.activity.count({ where: { year: 2052, leadUnitId: unit.id } })).toBe(2);
  });

  it("refuses a suspended unit and a forged unit id", async () => {
    await createPlan(2050);
    const activity = await createPlanActivity(2050);
    const { unit } = await createUnitWithSecretary();
    await db.unit.update({ where: { id: unit.id }, data: { status: "SUSPENDED" } });
    actAs(await createPlanAdmin());
    for (const unitId of [unit.id, 99999999]) {
      const state = await assignLead(initialFormState, formData({ id: activity.id, unitId }));
      expect(state.fieldErrors?.unitId?.[0]?.key).toBe("activities.admin.unitNotActive");
    }
  });

  it("unassigns a lead: the activity is PLANNED again and the old lead is told", async () => {
    await createPlan(2053);
    const { unit, secretary } = await createUnitWithSecretary();
    const activity = await createPlanActivity(2053, { leadUnitId: unit.id });
    actAs(await createPlanAdmin());
    const state = await unassignLead(initialFormState, formData({ id: activity.id }));
    expect(state.ok).toBe(true);
    expect(await activityOf(activity.id)).toMatchObject({
      leadUnitId: null,
      status: "PLANNED",
      claimedAt: null,
    });
    expect(await notificationsOf(secretary.id)).toHaveLength(1);
    const again = await unassignLead(initialFormState, formData({ id: activity.id }));
    expect(again.message?.key).toBe("activities.admin.noLead");
  });

  it("refuses to change the lead of a reported activity", async () => {
    await createPlan(2053);
    const lead = await createUnitWithSecretary();
    const other = await createUnitWithSecretary();
    const activity = await createPlanActivity(2053, { leadUnitId: lead.unit.id, status: "REPORTED" });
    actAs(await createPlanAdmin());
    expect(
      (await assignLead(initialFormState, formData({ id: activity.id, unitId: other.unit.id }))).message?.key,
    ).toBe("activities.admin.leadLocked");
    expect((await unassignLead(initialFormState, formData({ id: activity.id }))).message?.key).toBe(
      "activities.admin.leadLocked",
    );
  });
});
