// The public rotation: published versions only, months without duty, and each month's activity
// found by its lead unit and planned month.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { getPublishedRotation, listPublishedRotationYears } from "@/lib/rotation/public/queries";
import { createAdmin, createUnit } from "@/tests/factories";
import { createPlan, createPlanActivity } from "@/tests/factories/notifications";
import { createRotationSchedule, createRotationYear } from "@/tests/factories/rotation";
import { createPublishedRotationAt } from "@/tests/factories/rotation-reminders";

type Duties = (units: { a: number; b: number }) => Array<{ unitId: number; month: number }>;

/** Two units and `year`'s published schedule (years 2000..2100, so an activity list can exist). */
async function publishedYear(year: number, duties: Duties) {
  const [a, b] = [await createUnit(), await createUnit()];
  await createPublishedRotationAt(year, duties({ a: a.id, b: b.id }));
  return { year, a, b };
}

describe("public rotation queries", () => {
  it("shows only the published version: not drafts, not superseded versions", async () => {
    const unit = await createUnit();
    const other = await createUnit();
    const admin = await createAdmin();
    const draftOnly = await createRotationYear();
    await createRotationSchedule(draftOnly.year, admin.id, [{ unitId: unit.id, month: 1 }], "DRAFT");
    expect(await getPublishedRotation(draftOnly.year)).toBeNull();
    expect(await listPublishedRotationYears()).not.toContain(draftOnly.year);

    const year = (await createRotationYear()).year;
    const v1 = await createRotationSchedule(year, admin.id, [{ unitId: unit.id, month: 2 }]);
    await db.rotationSchedule.update({ where: { id: v1.id }, data: { status: "SUPERSEDED" } });
    await createRotationSchedule(year, admin.id, [{ unitId: other.id, month: 5 }]);
    await createRotationSchedule(year, admin.id, [{ unitId: unit.id, month: 6 }], "DRAFT");
    const rotation = await getPublishedRotation(year);
    expect(rotation).toMatchObject({ year, number: 2 });
    expect(rotation!.publishedAt).toBeInstanceOf(Date);
    const withUnits = rotation!.months.filter((month) => month.units.length > 0);
    expect(withUnits.map((month) => [month.month, month.units.map((u) => u.id)])).toEqual([[5, [other.id]]]);
    expect(await listPublishedRotationYears()).toContain(year);
  });

  it("lists all twelve months; months without duty have no units", async () => {
    const { year, a, b } = await publishedYear(2061, ({ a, b }) => [
      { unitId: a, month: 3 },
      { unitId: b, month: 3 },
      { unitId: a, month: 9 },
    ]);
    const rotation = (await getPublishedRotation(year))!;
    expect(rotation.months).toHaveLength(12);
    expect(rotation.months[2]!.units.map((u) => u.id).sort()).toEqual([a.id, b.id].sort());
    expect(rotation.months[8]!.units.map((u) => u.slug)).toEqual([a.slug]);
    expect(rotation.months.filter((month) => month.units.length === 0)).toHaveLength(10);
  });

  it("links a month to the activity its duty units lead that month, from a published list only", async () => {
    const { year, a, b } = await publishedYear(2062, ({ a, b }) => [
      { unitId: a, month: 3 },
      { unitId: b, month: 4 },
    ]);
    await createPlan(year);
    const led = await createPlanActivity(year, { leadUnitId: a.id, plannedMonth: 3, title: "三月植树" });
    await createPlanActivity(year, { leadUnitId: b.id, plannedMonth: 3 }); // b serves in April
    await createPlanActivity(year, { leadUnitId: a.id, plannedMonth: 5 }); // a leads it, but in May
    await createPlanActivity(year, {
      leadUnitId: b.id,
      plannedMonth: 4,
      status: "CANCELLED",
      cancelReason: "场地不可用",
    });
    const rotation = (await getPublishedRotation(year))!;
    expect(rotation.months[2]!.activities).toEqual([
      { id: led.id, title: "三月植树", plannedMonth: 3, leadUnitId: a.id },
    ]);
    expect(rotation.months[3]!.activities).toEqual([]); // cancelled: "to be announced"
    expect(rotation.months[4]!.activities).toEqual([]);

    // A draft activity list is not public: its items are not linked.
    await db.planYear.update({ where: { year }, data: { status: "DRAFT" } });
    expect((await getPublishedRotation(year))!.months[2]!.activities).toEqual([]);
  });

  it("does not link another year's activity of the same unit and month", async () => {
    const { year, a } = await publishedYear(2064, ({ a }) => [{ unitId: a, month: 6 }]);
    await createPlan(year + 1);
    await createPlanActivity(year + 1, { leadUnitId: a.id, plannedMonth: 6 });
    expect((await getPublishedRotation(year))!.months[5]!.activities).toEqual([]);
  });
});
