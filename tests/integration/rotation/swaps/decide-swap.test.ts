// The committee approves (applied atomically to the published schedule) or rejects a swap.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { decideRotationSwap } from "@/lib/rotation/swaps/actions";
import { createSwap, createSwapWorld, dutiesOf } from "@/tests/factories/rotation-swaps";
import { actAs, formData } from "@/tests/integration/helpers/session";

const decide = (fields: Parameters<typeof formData>[0]) =>
  decideRotationSwap(initialFormState, formData(fields));

async function acceptedSwap() {
  const world = await createSwapWorld();
  const swap = await createSwap(
    world,
    { fromUnitId: world.unitA.id, fromMonth: 3, toUnitId: world.unitB.id, toMonth: 5 },
    "ACCEPTED",
  );
  actAs(world.admin);
  return { world, swap };
}

describe("decideRotationSwap", () => {
  it("approves: both duties move, the version is bumped, overlapping swaps close, both units are told", async () => {
    const { world, swap } = await acceptedSwap();
    const overlapping = await createSwap(world, {
      fromUnitId: world.unitC.id,
      fromMonth: 7,
      toUnitId: world.unitA.id,
      toMonth: 3,
    });
    const unrelated = await createSwap(world, {
      fromUnitId: world.unitA.id,
      fromMonth: 9,
      toUnitId: world.unitC.id,
      toMonth: 7,
    });
    const state = await decide({ swapId: swap.id, version: 0, decision: "APPROVE", answerNote: "同意" });
    expect(state).toMatchObject({ ok: true, message: { key: "rotation.unit.swapApproved" } });
    const { unitA, unitB, unitC } = world;
    expect(await dutiesOf(world.schedule.id)).toEqual(
      [`${unitA.id}:5`, `${unitA.id}:9`, `${unitB.id}:3`, `${unitC.id}:5`, `${unitC.id}:7`].sort(),
    );
    const schedule = await db.rotationSchedule.findUniqueOrThrow({ where: { id: world.schedule.id } });
    expect(schedule).toMatchObject({ version: 1, status: "PUBLISHED" });
    // The stored cost explanation is recomputed for the swapped duties.
    expect(schedule.cost).toMatchObject({ total: expect.any(Number) });
    const unitCost = (schedule.cost as { units: Array<{ unitId: number; months: number[] }> }).units;
    expect(unitCost.find((row) => row.unitId === unitA.id)?.months).toEqual([5, 9]);
    expect(await db.rotationSwap.findUniqueOrThrow({ where: { id: swap.id } })).toMatchObject({
      status: "APPROVED",
      decidedById: world.admin.id,
    });
    expect((await db.rotationSwap.findUniqueOrThrow({ where: { id: overlapping.id } })).status).toBe(
      "CANCELLED",
    );
    expect((await db.rotationSwap.findUniqueOrThrow({ where: { id: unrelated.id } })).status).toBe(
      "REQUESTED",
    );
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "rotation.applySwap" } });
    expect(audit).toMatchObject({
      before: {
        duties: [
          { unitId: unitA.id, month: 3 },
          { unitId: unitB.id, month: 5 },
        ],
      },
      after: {
        duties: [
          { unitId: unitA.id, month: 5 },
          { unitId: unitB.id, month: 3 },
        ],
      },
    });
    expect(await db.notification.findFirstOrThrow({ where: { userId: world.secretaryA.id } })).toMatchObject({
      kind: "ROTATION_SWAP_DECIDED",
      values: { title: "APPROVED", date: `${world.year}-05`, reason: "同意" },
    });
    expect(await db.notification.findFirstOrThrow({ where: { userId: world.secretaryB.id } })).toMatchObject({
      values: { title: "APPROVED", date: `${world.year}-03` },
    });
  });

  it("rejects: nothing moves, both units are told", async () => {
    const { world, swap } = await acceptedSwap();
    const before = await dutiesOf(world.schedule.id);
    expect(
      await decide({ swapId: swap.id, version: 0, decision: "REJECT", answerNote: "活动已安排" }),
    ).toMatchObject({
      ok: true,
      message: { key: "rotation.unit.swapRejected" },
    });
    expect(await dutiesOf(world.schedule.id)).toEqual(before);
    expect(await db.rotationSwap.findUniqueOrThrow({ where: { id: swap.id } })).toMatchObject({
      status: "REJECTED",
      answerNote: "活动已安排",
    });
    for (const secretary of [world.secretaryA, world.secretaryB]) {
      expect(await db.notification.findFirstOrThrow({ where: { userId: secretary.id } })).toMatchObject({
        kind: "ROTATION_SWAP_DECIDED",
        values: { title: "REJECTED" },
      });
    }
  });

  it("refuses to approve a swap the other unit has not accepted, a stale version and a closed swap", async () => {
    const world = await createSwapWorld();
    const swap = await createSwap(world, {
      fromUnitId: world.unitA.id,
      fromMonth: 3,
      toUnitId: world.unitB.id,
      toMonth: 5,
    });
    actAs(world.admin);
    const before = await dutiesOf(world.schedule.id);
    expect(await decide({ swapId: swap.id, version: 0, decision: "APPROVE" })).toMatchObject({
      message: { key: "rotation.unit.errors.swapNotAccepted" },
    });
    expect(await decide({ swapId: swap.id, version: 2, decision: "REJECT" })).toMatchObject({
      message: { key: "rotation.unit.errors.stale" },
    });
    await db.rotationSwap.update({ where: { id: swap.id }, data: { status: "DECLINED" } });
    expect(await decide({ swapId: swap.id, version: 0, decision: "REJECT" })).toMatchObject({
      message: { key: "rotation.unit.errors.swapClosed" },
    });
    expect(await dutiesOf(world.schedule.id)).toEqual(before);
  });

  it("re-checks the rules at approval time and changes nothing when one fails", async () => {
    const { world, swap } = await acceptedSwap();
    const before = await dutiesOf(world.schedule.id);
    // Since the request, B withdrew and A marked May as a blackout.
    await db.unit.update({ where: { id: world.unitB.id }, data: { status: "WITHDRAWN" } });
    expect(await decide({ swapId: swap.id, version: 0, decision: "APPROVE" })).toMatchObject({
      message: { key: "rotation.unit.errors.unitNotActive" },
    });
    await db.unit.update({ where: { id: world.unitB.id }, data: { status: "ACTIVE" } });
    await db.rotationUnitSetting.create({
      data: { year: world.year, unitId: world.unitA.id, blackouts: [5] },
    });
    expect(await decide({ swapId: swap.id, version: 0, decision: "APPROVE" })).toMatchObject({
      message: { key: "rotation.unit.errors.requesterBlackout" },
    });
    expect(await dutiesOf(world.schedule.id)).toEqual(before);
    expect((await db.rotationSwap.findUniqueOrThrow({ where: { id: swap.id } })).status).toBe("ACCEPTED");
    expect(await db.rotationSchedule.findUniqueOrThrow({ where: { id: world.schedule.id } })).toMatchObject({
      version: 0,
    });
  });

  it("cancels a swap whose schedule is no longer the published one, changing no duty", async () => {
    const { world, swap } = await acceptedSwap();
    const before = await dutiesOf(world.schedule.id);
    await db.rotationSchedule.update({ where: { id: world.schedule.id }, data: { status: "SUPERSEDED" } });
    expect(await decide({ swapId: swap.id, version: 0, decision: "APPROVE" })).toMatchObject({
      ok: false,
      message: { key: "rotation.unit.errors.scheduleReplaced" },
    });
    expect((await db.rotationSwap.findUniqueOrThrow({ where: { id: swap.id } })).status).toBe("CANCELLED");
    expect(await dutiesOf(world.schedule.id)).toEqual(before);
    expect(
      await db.auditLog.count({ where: { action: "rotation.decideSwap", entityId: String(swap.id) } }),
    ).toBe(1);
  });

  it("refuses secretaries", async () => {
    const { world, swap } = await acceptedSwap();
    actAs(world.secretaryA);
    expect(await decide({ swapId: swap.id, version: 0, decision: "APPROVE" })).toMatchObject({
      message: { key: "core.errors.forbidden" },
    });
    expect((await db.rotationSwap.findUniqueOrThrow({ where: { id: swap.id } })).status).toBe("ACCEPTED");
  });
});
