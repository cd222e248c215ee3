import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createActivity, moveActivity, updateActivity } from "@/lib/activities/admin/actions";
import {
  createPlan,
  createPlanAdmin,
  createPlanActivity,
  createUnitWithSecretary,
  activityFields,
  activityOf,
  notificationsOf,
} from "@/tests/factories/plan-admin";
import { joinUnit } from "@/tests/factories/reports";
import { actAs, formData } from "@/tests/integration/helpers/session";

async function positions(year: number) {
  const activities = await db.activity.findMany({
    where: { year },
    orderBy: { position: "asc" },
    select: { title: true },
  });
  return activities.map((activity) => activity.title);
}

describe("plan activities", () => {
  it("appends a new activity at the end of the list with exactly one kind of place", async () => {
    await createPlan(2040, "DRAFT");
    await createPlanActivity(2040, { title: "第一项", position: 0 });
    actAs(await createPlanAdmin());
    const state = await createActivity(
      initialFormState,
      formData({
        year: 2040,
        ...activityFields({ title: "第二项", placeKind: "online", place: "应被忽略", capacity: "30" }),
      }),
    );
    expect(state.ok).toBe(true);
    const activity = await activityOf(Number(state.data?.id));
    expect(activity).toMatchObject({
      year: 2040,
      position: 1,
      status: "PLANNED",
      place: "",
      capacity: 30,
      venueId: null,
    });
    expect(await positions(2040)).toEqual(["第一项", "第二项"]);
  });

  it("refuses a planned date outside the plan's year or outside the planned month", async () => {
    await createPlan(2041, "DRAFT");
    actAs(await createPlanAdmin());
    const otherYear = await createActivity(
      initialFormState,
      formData({ year: 2041, ...activityFields({ plannedMonth: "3", plannedDate: "2042-03-10" }) }),
    );
    expect(otherYear.fieldErrors?.plannedDate?.[0]).toEqual({
      key: "activities.admin.dateOutsideYear",
      values: { year: 2041 },
    });
    const otherMonth = await createActivity(
      initialFormState,
      formData({ year: 2041, ...activityFields({ plannedMonth: "3", plannedDate: "2041-04-10" }) }),
    );
    expect(otherMonth.fieldErrors?.plannedDate?.[0]?.key).toBe("activities.admin.dateOutsideMonth");
    expect(await db.activity.count({ where: { year: 2041 } })).toBe(0);
  });

  it("refuses capacity 0 or above 10000, and a venue place without a venue", async () => {
    await createPlan(2041, "DRAFT");
    actAs(await createPlanAdmin());
    for (const capacity of ["0", "10001", "-5"]) {
      const state = await createActivity(
        initialFormState,
        formData({ year: 2041, ...activityFields({ capacity }) }),
      );
      expect(state.fieldErrors?.capacity).toBeDefined();
    }
    const noVenue = await createActivity(
      initialFormState,
      formData({ year: 2041, ...activityFields({ placeKind: "venue" }) }),
    );
    expect(noVenue.fieldErrors?.venueId?.[0]?.key).toBe("core.validation.required");
    const forged = await createActivity(
      initialFormState,
      formData({ year: 2041, ...activityFields({ placeKind: "venue", venueId: "999999" }) }),
    );
    expect(forged.fieldErrors?.venueId?.[0]?.key).toBe("activities.admin.venueNotFound");
  });

  it("saves an edit with the current version and refuses a second edit from the same stale version", async () => {
    await createPlan(2042, "DRAFT");
    const activity = await createPlanActivity(2042, { title: "原标题" });
    actAs(await createPlanAdmin());
    const first = await updateActivity(
      initialFormState,
      formData({ id: activity.id, version: activity.version, ...activityFields({ title: "新标题" }) }),
    );
    expect(first.ok).toBe(true);
    const stale = await updateActivity(
      initialFormState,
      formData({ id: activity.id, version: activity.version, ...activityFields({ title: "过时的修改" }) }),
    );
    expect(stale).toMatchObject({ ok: false, message: { key: "core.errors.staleVersion" } });
    expect(await activityOf(activity.id)).toMatchObject({ title: "新标题", version: activity.version + 1 });
  });

  it("refuses to edit a reported activity with a clear message", async () => {
    await createPlan(2042, "DRAFT");
    const { unit } = await createUnitWithSecretary();
    const activity = await createPlanActivity(2042, {
      title: "已报告",
      leadUnitId: unit.id,
      status: "REPORTED",
    });
    actAs(await createPlanAdmin());
    const state = await updateActivity(
      initialFormState,
      formData({ id: activity.id, version: activity.version, ...activityFields() }),
    );
    expect(state.message?.key).toBe("activities.admin.reportedLocked");
    expect((await activityOf(activity.id)).title).toBe("已报告");
  });

  it("tells every joined unit when the planned date changes, and nobody when only the title changes", async () => {
    await createPlan(2043);
    const lead = await createUnitWithSecretary();
    const joiner = await createUnitWithSecretary();
    const activity = await createPlanActivity(2043, {
      leadUnitId: lead.unit.id,
      status: "OPEN",
      plannedMonth: 3,
    });
    await joinUnit(activity.id, joiner.unit.id);
    actAs(await createPlanAdmin());
    await updateActivity(
      initialFormState,
      formData({ id: activity.id, version: 0, ...activityFields({ title: "改名" }) }),
    );
    expect(await notificationsOf(joiner.secretary.id)).toHaveLength(0);
    const moved = await updateActivity(
      initialFormState,
      formData({
        id: activity.id,
        version: 1,
        ...activityFields({ plannedMonth: "5", plannedDate: "2043-05-20" }),
      }),
    );
    expect(moved.ok).toBe(true);
    const notes = await notificationsOf(joiner.secretary.id);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: "ACTIVITY_CHANGED", activityId: activity.id });
    expect(notes[0]!.values).toMatchObject({ date: "2043-05-20" });
    // The activity keeps its stage: an edit never changes who leads or the status.
    expect(await activityOf(activity.id)).toMatchObject({ status: "OPEN", leadUnitId: lead.unit.id });
  });

  it("moves activities up and down by swapping neighbours; the ends stay put", async () => {
    await createPlan(2044, "DRAFT");
    const a = await createPlanActivity(2044, { title: "A", position: 0 });
    await createPlanActivity(2044, { title: "B", position: 1 });
    const c = await createPlanActivity(2044, { title: "C", position: 2 });
    actAs(await createPlanAdmin());
    expect((await moveActivity(initialFormState, formData({ id: c.id, direction: "up" }))).ok).toBe(true);
    expect(await positions(2044)).toEqual(["A", "C", "B"]);
    await moveActivity(initialFormState, formData({ id: a.id, direction: "down" }));
    expect(await positions(2044)).toEqual(["C", "A", "B"]);
    await moveActivity(initialFormState, formData({ id: c.id, direction: "up" }));
    expect(await positions(2044)).toEqual(["C", "A", "B"]);
  });

  it("keeps a consistent order when many moves run at once", async () => {
    await createPlan(2045, "DRAFT");
    const activities = [];
    for (let index = 0; index < 5; index += 1)
      activities.push(await createPlanActivity(2045, { position: index }));
    actAs(await createPlanAdmin());
    await Promise.all(
      activities.map((activity, index) =>
        moveActivity(initialFormState, formData({ id: activity.id, direction: index % 2 ? "up" : "down" })),
      ),
    );
    const stored = await db.activity.findMany({ where: { year: 2045 }, select: { position: true } });
    expect(stored.map((activity) => activity.position).sort()).toEqual([0, 1, 2, 3, 4]);
  });
});
