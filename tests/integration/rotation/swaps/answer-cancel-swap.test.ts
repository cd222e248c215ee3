// The asked unit accepts or declines; the requester may withdraw while the swap is open.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { answerRotationSwap, cancelRotationSwap } from "@/lib/rotation/swaps/actions";
import { createSwap, createSwapWorld } from "@/tests/factories/rotation-swaps";
import { actAs, formData } from "@/tests/integration/helpers/session";

const answer = (fields: Parameters<typeof formData>[0]) =>
  answerRotationSwap(initialFormState, formData(fields));
const cancel = (fields: Parameters<typeof formData>[0]) =>
  cancelRotationSwap(initialFormState, formData(fields));

async function requestedSwap(options: { year?: number } = {}) {
  const world = await createSwapWorld(options);
  const swap = await createSwap(world, {
    fromUnitId: world.unitA.id,
    fromMonth: 3,
    toUnitId: world.unitB.id,
    toMonth: 5,
  });
  return { world, swap };
}

const statusOf = async (id: number) => (await db.rotationSwap.findUniqueOrThrow({ where: { id } })).status;

describe("answerRotationSwap", () => {
  it("accepts with a note, tells the requester and audits", async () => {
    const { world, swap } = await requestedSwap();
    actAs(world.secretaryB);
    const state = await answer({ swapId: swap.id, version: 0, answer: "ACCEPT", answerNote: "没问题" });
    expect(state).toMatchObject({ ok: true, message: { key: "rotation.unit.swapAccepted" } });
    expect(await db.rotationSwap.findUniqueOrThrow({ where: { id: swap.id } })).toMatchObject({
      status: "ACCEPTED",
      answerNote: "没问题",
      answeredById: world.secretaryB.id,
      version: 1,
    });
    expect(await db.notification.findFirstOrThrow({ where: { userId: world.secretaryA.id } })).toMatchObject({
      kind: "ROTATION_SWAP_ANSWERED",
      values: { unit: world.unitB.name, title: "ACCEPTED", reason: "没问题" },
    });
    expect(
      await db.auditLog.count({ where: { action: "rotation.answerSwap", entityId: String(swap.id) } }),
    ).toBe(1);
  });

  it("declines", async () => {
    const { world, swap } = await requestedSwap();
    actAs(world.secretaryB);
    expect((await answer({ swapId: swap.id, version: 0, answer: "DECLINE" })).ok).toBe(true);
    expect(await statusOf(swap.id)).toBe("DECLINED");
  });

  it("refuses anyone but the asked unit, a stale version, an answered swap and a started month", async () => {
    const { world, swap } = await requestedSwap();
    actAs(world.secretaryA);
    expect(await answer({ swapId: swap.id, version: 0, answer: "ACCEPT" })).toMatchObject({
      ok: false,
      message: { key: "rotation.unit.errors.swapNotFound" },
    });
    actAs(world.secretaryB);
    expect(await answer({ swapId: swap.id, version: 3, answer: "ACCEPT" })).toMatchObject({
      message: { key: "rotation.unit.errors.stale" },
    });
    expect(await statusOf(swap.id)).toBe("REQUESTED");
    await answer({ swapId: swap.id, version: 0, answer: "DECLINE" });
    expect(await answer({ swapId: swap.id, version: 1, answer: "ACCEPT" })).toMatchObject({
      message: { key: "rotation.unit.errors.swapNotRequested" },
    });
    expect(await statusOf(swap.id)).toBe("DECLINED");

    const past = await requestedSwap({ year: 2020 });
    actAs(past.world.secretaryB);
    expect(await answer({ swapId: past.swap.id, version: 0, answer: "ACCEPT" })).toMatchObject({
      message: { key: "rotation.unit.errors.monthStarted", values: { month: "2020-03" } },
    });
    expect(await statusOf(past.swap.id)).toBe("REQUESTED");
  });
});

describe("cancelRotationSwap", () => {
  it("lets the requester withdraw a requested or accepted swap, and audits", async () => {
    const { world, swap } = await requestedSwap();
    actAs(world.secretaryA);
    expect(await cancel({ swapId: swap.id, version: 0 })).toMatchObject({ ok: true });
    expect(await statusOf(swap.id)).toBe("CANCELLED");
    const accepted = await createSwap(
      world,
      { fromUnitId: world.unitA.id, fromMonth: 9, toUnitId: world.unitC.id, toMonth: 7 },
      "ACCEPTED",
    );
    expect((await cancel({ swapId: accepted.id, version: 0 })).ok).toBe(true);
    expect(await statusOf(accepted.id)).toBe("CANCELLED");
    expect(await db.auditLog.count({ where: { action: "rotation.cancelSwap" } })).toBe(2);
  });

  it("refuses the other unit, a stale version and a closed swap", async () => {
    const { world, swap } = await requestedSwap();
    actAs(world.secretaryB);
    expect(await cancel({ swapId: swap.id, version: 0 })).toMatchObject({
      message: { key: "rotation.unit.errors.swapNotFound" },
    });
    actAs(world.secretaryA);
    expect(await cancel({ swapId: swap.id, version: 5 })).toMatchObject({
      message: { key: "rotation.unit.errors.stale" },
    });
    expect(await statusOf(swap.id)).toBe("REQUESTED");
    await db.rotationSwap.update({ where: { id: swap.id }, data: { status: "DECLINED" } });
    expect(await cancel({ swapId: swap.id, version: 0 })).toMatchObject({
      message: { key: "rotation.unit.errors.swapClosed" },
    });
    expect(await statusOf(swap.id)).toBe("DECLINED");
  });
});
