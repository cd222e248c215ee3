// Turning a need into an activity of the list (or attaching it to one), closing it with its
// outcome and cancelling it: one transaction each, with audit records.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { attachNeed, cancelNeed, closeNeed, convertNeed } from "@/lib/pairing/needs/actions";
import { createAdmin } from "@/tests/factories";
import { createNeedCommunity, createNeedRow } from "@/tests/factories/needs";
import { createPlan, createPlanActivity } from "@/tests/factories/plan-admin";
import { actAs, formData } from "@/tests/integration/helpers/session";

const year = 2061;

async function openNeed(overrides: Parameters<typeof createNeedRow>[1] = {}) {
  const community = await createNeedCommunity();
  return createNeedRow(community.id, overrides);
}

const convertFields = (need: { id: number; version: number; title: string }, overrides = {}) => ({
  needId: need.id,
  version: need.version,
  year,
  plannedMonth: 3,
  type: "TREE_PLANTING",
  commitment: "LIVELIHOOD",
  title: need.title,
  description: "由社区需求转来",
  ...overrides,
});

describe("turning a need into an activity", () => {
  it("adds the activity at the community, links the need as MATCHED and audits both", async () => {
    await createPlan(year);
    const admin = await createAdmin();
    actAs(admin);
    const need = await openNeed();
    const state = await convertNeed(initialFormState, formData(convertFields(need)));
    expect(state.ok, JSON.stringify(state)).toBe(true);
    const activityId = Number(state.data?.activityId);
    const activity = await db.activity.findUniqueOrThrow({ where: { id: activityId } });
    expect(activity).toMatchObject({
      year,
      title: need.title,
      description: "由社区需求转来",
      type: "TREE_PLANTING",
      commitment: "LIVELIHOOD",
      plannedMonth: 3,
      communityId: need.communityId,
      status: "PLANNED",
    });
    const after = await db.need.findUniqueOrThrow({ where: { id: need.id } });
    expect(after).toMatchObject({ status: "MATCHED", activityId, version: need.version + 1 });
    expect(
      await db.auditLog.count({ where: { action: "activity.create", entityId: String(activityId) } }),
    ).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "need.convert", entityId: String(need.id) },
    });
    expect(audit).toMatchObject({ actorId: admin.id, after: { status: "MATCHED", activityId } });
  });

  it("refuses a year without a list, by its field, and creates nothing", async () => {
    actAs(await createAdmin());
    const need = await openNeed();
    const before = await db.activity.count();
    const state = await convertNeed(initialFormState, formData(convertFields(need, { year: 2099 })));
    expect(state.fieldErrors?.year?.[0]?.key).toBe("pairing.needs.errors.yearNotFound");
    expect(await db.activity.count()).toBe(before);
    expect((await db.need.findUniqueOrThrow({ where: { id: need.id } })).status).toBe("OPEN");
  });

  it("refuses a need that already has its activity", async () => {
    await createPlan(year);
    actAs(await createAdmin());
    const need = await openNeed({ status: "MATCHED" });
    const state = await convertNeed(initialFormState, formData(convertFields(need)));
    expect(state.message?.key).toBe("pairing.needs.errors.alreadyMatched");
  });

  it("of two admins converting at once, one creates the activity and the other is told", async () => {
    await createPlan(year);
    actAs(await createAdmin());
    const need = await openNeed();
    const states = await Promise.all([
      convertNeed(initialFormState, formData(convertFields(need))),
      convertNeed(initialFormState, formData(convertFields(need))),
    ]);
    expect(states.filter((state) => state.ok)).toHaveLength(1);
    expect(["pairing.needs.errors.alreadyMatched", "core.errors.staleVersion"]).toContain(
      states.find((state) => !state.ok)?.message?.key,
    );
    expect(await db.activity.count({ where: { title: need.title } })).toBe(1);
  });
});

describe("attaching a need to an activity", () => {
  it("links it to the existing activity as MATCHED", async () => {
    await createPlan(year);
    actAs(await createAdmin());
    const need = await openNeed();
    const activity = await createPlanActivity(year);
    const state = await attachNeed(
      initialFormState,
      formData({ needId: need.id, version: need.version, activityId: activity.id }),
    );
    expect(state.ok, JSON.stringify(state)).toBe(true);
    expect(await db.need.findUniqueOrThrow({ where: { id: need.id } })).toMatchObject({
      status: "MATCHED",
      activityId: activity.id,
    });
    expect(await db.auditLog.count({ where: { action: "need.attach", entityId: String(need.id) } })).toBe(1);
  });

  it("refuses a cancelled activity", async () => {
    await createPlan(year);
    actAs(await createAdmin());
    const need = await openNeed();
    const activity = await createPlanActivity(year, { status: "CANCELLED", cancelReason: "天气" });
    const state = await attachNeed(
      initialFormState,
      formData({ needId: need.id, version: need.version, activityId: activity.id }),
    );
    expect(state.fieldErrors?.activityId?.[0]?.key).toBe("pairing.needs.errors.activityCancelled");
    expect((await db.need.findUniqueOrThrow({ where: { id: need.id } })).activityId).toBeNull();
  });
});

describe("closing and cancelling a need", () => {
  it("closing needs the outcome", async () => {
    actAs(await createAdmin());
    const need = await openNeed({ status: "MATCHED" });
    const state = await closeNeed(
      initialFormState,
      formData({ needId: need.id, version: need.version, outcome: "" }),
    );
    expect(state.fieldErrors?.outcome?.[0]?.key).toBe("core.validation.required");
    expect((await db.need.findUniqueOrThrow({ where: { id: need.id } })).status).toBe("MATCHED");
  });

  it("closes with the outcome and the time", async () => {
    actAs(await createAdmin());
    const need = await openNeed({ status: "MATCHED" });
    const state = await closeNeed(
      initialFormState,
      formData({ needId: need.id, version: need.version, outcome: "种植桂花、樱花树苗 200 余株" }),
    );
    expect(state.ok, JSON.stringify(state)).toBe(true);
    const after = await db.need.findUniqueOrThrow({ where: { id: need.id } });
    expect(after).toMatchObject({ status: "CLOSED", outcome: "种植桂花、樱花树苗 200 余株" });
    expect(after.closedAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: "need.close", entityId: String(need.id) } })).toBe(1);
  });

  it("the database itself refuses a closed need without an outcome", async () => {
    const need = await openNeed();
    await expect(db.need.update({ where: { id: need.id }, data: { status: "CLOSED" } })).rejects.toThrow();
  });

  it("a closed need cannot be closed or cancelled again", async () => {
    actAs(await createAdmin());
    const need = await openNeed({ status: "CLOSED", outcome: "完成" });
    const state = await cancelNeed(
      initialFormState,
      formData({ needId: need.id, version: need.version, reason: "重复" }),
    );
    expect(state.message?.key).toBe("pairing.needs.errors.closed");
  });

  it("cancels an open need with its reason", async () => {
    actAs(await createAdmin());
    const need = await openNeed();
    const state = await cancelNeed(
      initialFormState,
      formData({ needId: need.id, version: need.version, reason: "社区已自行解决" }),
    );
    expect(state.ok, JSON.stringify(state)).toBe(true);
    expect(await db.need.findUniqueOrThrow({ where: { id: need.id } })).toMatchObject({
      status: "CANCELLED",
      outcome: "社区已自行解决",
    });
  });
});
