// An approval racing a regeneration/publish: the year lock serialises them, so the swap is
// either applied to the schedule that was published at that moment (and the new version is
// built from the swapped duties) or cancelled because a newer version was published first —
// never half-applied.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { lockRotationYear } from "@/lib/rotation/lock";
import { decideRotationSwap } from "@/lib/rotation/swaps/actions";
import { createSwap, createSwapWorld, dutiesOf } from "@/tests/factories/rotation-swaps";
import { actAs, formData } from "@/tests/integration/helpers/session";

/** Publishes a new version copying the current published duties, as a regeneration would. */
async function publishNewVersion(year: number, createdById: number, delayMs: number) {
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  return db.$transaction(async (tx) => {
    await lockRotationYear(tx, year);
    const current = await tx.rotationSchedule.findFirstOrThrow({
      where: { year, status: "PUBLISHED" },
      select: { id: true, number: true, assignments: { select: { unitId: true, month: true } } },
    });
    await tx.rotationSchedule.update({ where: { id: current.id }, data: { status: "SUPERSEDED" } });
    return tx.rotationSchedule.create({
      data: {
        year,
        number: current.number + 1,
        status: "PUBLISHED",
        basedOnNumber: current.number,
        createdById,
        publishedAt: new Date(),
        assignments: { create: current.assignments },
      },
      select: { id: true },
    });
  });
}

describe("a swap approval racing a publish", () => {
  it.each([0, 1, 5, 10, 20, 40])("ends consistent (publish delayed %i ms)", async (delayMs) => {
    const world = await createSwapWorld();
    const { unitA, unitB } = world;
    const swap = await createSwap(
      world,
      { fromUnitId: unitA.id, fromMonth: 3, toUnitId: unitB.id, toMonth: 5 },
      "ACCEPTED",
    );
    const original = await dutiesOf(world.schedule.id);
    const swapped = original
      .map((duty) =>
        duty === `${unitA.id}:3` ? `${unitA.id}:5` : duty === `${unitB.id}:5` ? `${unitB.id}:3` : duty,
      )
      .sort();
    actAs(world.admin);

    const [state, published] = await Promise.all([
      decideRotationSwap(initialFormState, formData({ swapId: swap.id, version: 0, decision: "APPROVE" })),
      publishNewVersion(world.year, world.admin.id, delayMs),
    ]);

    const after = await db.rotationSwap.findUniqueOrThrow({ where: { id: swap.id } });
    const oldDuties = await dutiesOf(world.schedule.id);
    const newDuties = await dutiesOf(published.id);
    if (after.status === "APPROVED") {
      // Applied while the old version was published; the new version was built from it.
      expect(state.ok).toBe(true);
      expect(oldDuties).toEqual(swapped);
      expect(newDuties).toEqual(swapped);
      expect(
        await db.auditLog.count({
          where: { action: "rotation.applySwap", entityId: String(world.schedule.id) },
        }),
      ).toBe(1);
    } else {
      expect(after.status).toBe("CANCELLED");
      expect(state).toMatchObject({ ok: false, message: { key: "rotation.unit.errors.scheduleReplaced" } });
      expect(oldDuties).toEqual(original);
      expect(newDuties).toEqual(original);
      expect(
        await db.auditLog.count({ where: { action: "rotation.decideSwap", entityId: String(swap.id) } }),
      ).toBe(1);
    }
    expect(await db.rotationSchedule.count({ where: { year: world.year, status: "PUBLISHED" } })).toBe(1);
  });
});
