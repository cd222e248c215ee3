// Asking another unit to swap duty months in the published schedule, and every refusal.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { requestRotationSwap } from "@/lib/rotation/swaps/actions";
import { createRotationSchedule } from "@/tests/factories/rotation";
import { createSwap, createSwapWorld, dutiesOf, type SwapWorld } from "@/tests/factories/rotation-swaps";
import { actAs, formData } from "@/tests/integration/helpers/session";

const request = (fields: Parameters<typeof formData>[0]) =>
  requestRotationSwap(initialFormState, formData(fields));

/** Asserts the refusal and that no swap, notification or audit record was written. */
async function expectRefused(world: SwapWorld, fields: Parameters<typeof formData>[0], key: string) {
  const before = await dutiesOf(world.schedule.id);
  const swapsBefore = await db.rotationSwap.count();
  const notesBefore = await db.notification.count();
  const state = await request(fields);
  expect(state).toMatchObject({ ok: false, message: { key } });
  expect(await db.rotationSwap.count()).toBe(swapsBefore);
  expect(await dutiesOf(world.schedule.id)).toEqual(before);
  expect(await db.notification.count()).toBe(notesBefore);
  return state;
}

describe("requestRotationSwap", () => {
  it("records the request, tells the other unit and audits", async () => {
    const world = await createSwapWorld();
    actAs(world.secretaryA);
    const state = await request({
      year: world.year,
      fromMonth: 3,
      target: `${world.unitB.id}:5`,
      note: "三月有大型活动",
    });
    expect(state).toMatchObject({ ok: true, message: { key: "rotation.unit.swapRequested" } });
    const swap = await db.rotationSwap.findFirstOrThrow({ where: { fromUnitId: world.unitA.id } });
    expect(swap).toMatchObject({
      scheduleId: world.schedule.id,
      fromMonth: 3,
      toUnitId: world.unitB.id,
      toMonth: 5,
      status: "REQUESTED",
      note: "三月有大型活动",
      requestedById: world.secretaryA.id,
    });
    const note = await db.notification.findFirstOrThrow({ where: { userId: world.secretaryB.id } });
    expect(note).toMatchObject({
      kind: "ROTATION_SWAP_REQUESTED",
      values: { unit: world.unitA.name, date: `${world.year}-03`, reason: `${world.year}-05` },
    });
    expect(
      await db.auditLog.count({ where: { action: "rotation.requestSwap", entityId: String(swap.id) } }),
    ).toBe(1);
  });

  it("refuses a swap with the unit itself", async () => {
    const world = await createSwapWorld();
    actAs(world.secretaryA);
    const state = await expectRefused(
      world,
      { year: world.year, fromMonth: 3, toUnitId: world.unitA.id, toMonth: 9 },
      "rotation.unit.errors.swapWithSelf",
    );
    expect(state.fieldErrors?.target).toBeDefined();
  });

  it("refuses a withdrawn or suspended unit", async () => {
    for (const status of ["WITHDRAWN", "SUSPENDED"] as const) {
      const world = await createSwapWorld();
      await db.unit.update({ where: { id: world.unitB.id }, data: { status } });
      actAs(world.secretaryA);
      await expectRefused(
        world,
        { year: world.year, fromMonth: 3, target: `${world.unitB.id}:5` },
        "rotation.unit.errors.unitNotActive",
      );
    }
  });

  it("refuses duties the published schedule does not hold", async () => {
    const world = await createSwapWorld();
    actAs(world.secretaryA);
    await expectRefused(
      world,
      { year: world.year, fromMonth: 4, target: `${world.unitB.id}:5` },
      "rotation.unit.errors.noDutyFrom",
    );
    await expectRefused(
      world,
      { year: world.year, fromMonth: 3, target: `${world.unitB.id}:6` },
      "rotation.unit.errors.noDutyTo",
    );
  });

  it("refuses a swap giving a unit a month it already serves, or a blackout month", async () => {
    const world = await createSwapWorld();
    // B and C both serve May: whoever of them ends up with the other's May would serve it twice.
    actAs(world.secretaryB);
    await expectRefused(
      world,
      { year: world.year, fromMonth: 5, target: `${world.unitC.id}:7` },
      "rotation.unit.errors.otherServesAlready",
    );
    actAs(world.secretaryC);
    await expectRefused(
      world,
      { year: world.year, fromMonth: 7, target: `${world.unitB.id}:5` },
      "rotation.unit.errors.requesterServesAlready",
    );
    actAs(world.secretaryA);
    await db.rotationUnitSetting.create({
      data: { year: world.year, unitId: world.unitB.id, blackouts: [3] },
    });
    await expectRefused(
      world,
      { year: world.year, fromMonth: 3, target: `${world.unitB.id}:5` },
      "rotation.unit.errors.otherBlackout",
    );
    await db.rotationUnitSetting.create({
      data: { year: world.year, unitId: world.unitA.id, blackouts: [7] },
    });
    await expectRefused(
      world,
      { year: world.year, fromMonth: 9, target: `${world.unitC.id}:7` },
      "rotation.unit.errors.requesterBlackout",
    );
  });

  it("refuses a month that has already started (Beijing time)", async () => {
    const world = await createSwapWorld({ year: 2020 });
    actAs(world.secretaryA);
    await expectRefused(
      world,
      { year: 2020, fromMonth: 3, target: `${world.unitB.id}:5` },
      "rotation.unit.errors.monthStarted",
    );
  });

  it("refuses a second open request for the same duty", async () => {
    const world = await createSwapWorld();
    await createSwap(world, {
      fromUnitId: world.unitA.id,
      fromMonth: 3,
      toUnitId: world.unitC.id,
      toMonth: 7,
    });
    actAs(world.secretaryA);
    const state = await expectRefused(
      world,
      { year: world.year, fromMonth: 3, target: `${world.unitB.id}:5` },
      "rotation.unit.errors.openSwapExists",
    );
    expect(state.fieldErrors?.fromMonth).toBeDefined();
  });

  it("lets only one of two simultaneous requests for one duty through", async () => {
    const world = await createSwapWorld();
    actAs(world.secretaryA);
    const results = await Promise.all([
      request({ year: world.year, fromMonth: 3, target: `${world.unitB.id}:5` }),
      request({ year: world.year, fromMonth: 3, target: `${world.unitC.id}:7` }),
    ]);
    expect(results.filter((state) => state.ok)).toHaveLength(1);
    expect(results.find((state) => !state.ok)).toMatchObject({
      message: { key: "rotation.unit.errors.openSwapExists" },
    });
    expect(await db.rotationSwap.count({ where: { scheduleId: world.schedule.id } })).toBe(1);
  });

  it("refuses when nothing is published, and uses only the published version", async () => {
    const world = await createSwapWorld();
    await db.rotationSchedule.update({ where: { id: world.schedule.id }, data: { status: "SUPERSEDED" } });
    actAs(world.secretaryA);
    await expectRefused(
      world,
      { year: world.year, fromMonth: 3, target: `${world.unitB.id}:5` },
      "rotation.unit.errors.noPublishedSchedule",
    );
    // A draft that gives B June is not what the request is checked against.
    await createRotationSchedule(world.year, world.admin.id, [{ unitId: world.unitB.id, month: 6 }], "DRAFT");
    await expectRefused(
      world,
      { year: world.year, fromMonth: 3, target: `${world.unitB.id}:6` },
      "rotation.unit.errors.noPublishedSchedule",
    );
  });

  it("refuses an admin (not a unit's secretary)", async () => {
    const world = await createSwapWorld();
    actAs(world.admin);
    await expectRefused(
      world,
      { year: world.year, fromMonth: 3, target: `${world.unitB.id}:5` },
      "core.errors.forbidden",
    );
  });
});
