// A unit joins a running pairing (one-to-one becomes many-to-one) or leaves it.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { addPairingUnit, changePairingStatus, removePairingUnit } from "@/lib/pairing/pairings/actions";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { createPairing, createPairingCommunity } from "@/tests/factories/pairing";
import { actAs, formData } from "@/tests/integration/helpers/session";

const add = (pairingId: number, version: number, unitId: number, reason = "抱团加入") =>
  addPairingUnit(initialFormState, formData({ pairingId, version, unitId, reason }));
const remove = (pairingId: number, version: number, unitId: number, reason = "人员调整") =>
  removePairingUnit(initialFormState, formData({ pairingId, version, unitId, reason }));
const unitsOf = async (pairingId: number) =>
  (await db.pairingUnit.findMany({ where: { pairingId }, orderBy: { unitId: "asc" } })).map((u) => u.unitId);

describe("changing a pairing's units", () => {
  it("adds a unit: it is told it is paired, the units already there are told why, audited", async () => {
    const first = await createUnit();
    const joining = await createUnit();
    const [firstSecretary, joiningSecretary] = [
      await createSecretary(first.id),
      await createSecretary(joining.id),
    ];
    const community = await createPairingCommunity();
    const pairing = await createPairing(community.id, [first.id]);
    actAs(await createAdmin());
    expect(await add(pairing.id, 0, joining.id)).toMatchObject({
      ok: true,
      message: { key: "pairing.pairings.unitAdded" },
    });
    expect(await unitsOf(pairing.id)).toEqual([first.id, joining.id].sort((a, b) => a - b));
    expect(
      await db.pairingUnit.findUniqueOrThrow({
        where: { pairingId_unitId: { pairingId: pairing.id, unitId: joining.id } },
      }),
    ).toMatchObject({
      live: true,
      communityId: community.id,
    });
    expect((await db.notification.findFirstOrThrow({ where: { userId: joiningSecretary.id } })).kind).toBe(
      "PAIRING_APPROVED",
    );
    expect(await db.notification.findFirstOrThrow({ where: { userId: firstSecretary.id } })).toMatchObject({
      kind: "PAIRING_CHANGED",
      values: { reason: "抱团加入" },
    });
    expect((await db.pairing.findUniqueOrThrow({ where: { id: pairing.id } })).version).toBe(1);
    expect(
      await db.auditLog.findFirstOrThrow({ where: { entity: "Pairing", entityId: String(pairing.id) } }),
    ).toMatchObject({
      action: "pairing.addUnit",
      unitId: joining.id,
    });
  });

  it("removes a unit with a note, but never the last one", async () => {
    const [a, b] = [await createUnit(), await createUnit()];
    const bSecretary = await createSecretary(b.id);
    const community = await createPairingCommunity();
    const pairing = await createPairing(community.id, [a.id, b.id]);
    actAs(await createAdmin());
    expect((await remove(pairing.id, 0, b.id, "")).fieldErrors?.reason).toEqual([
      { key: "core.validation.required" },
    ]);
    expect(await remove(pairing.id, 0, b.id)).toMatchObject({
      ok: true,
      message: { key: "pairing.pairings.unitRemoved" },
    });
    expect(await unitsOf(pairing.id)).toEqual([a.id]);
    expect(await db.notification.findFirstOrThrow({ where: { userId: bSecretary.id } })).toMatchObject({
      kind: "PAIRING_CHANGED",
      values: { reason: "人员调整" },
    });
    expect(await remove(pairing.id, 1, a.id)).toMatchObject({
      ok: false,
      fieldErrors: { unitId: [{ key: "pairing.pairings.lastUnit" }] },
    });
    expect((await remove(pairing.id, 1, b.id)).fieldErrors?.unitId).toEqual([
      { key: "pairing.pairings.notInPairing" },
    ]);
    expect(await unitsOf(pairing.id)).toEqual([a.id]);
  });

  it("refuses a unit already in it, the community's own unit, and one with another live pairing there", async () => {
    const [a, own, elsewhere] = [await createUnit(), await createUnit(), await createUnit()];
    const community = await createPairingCommunity({ unitId: own.id });
    const pairing = await createPairing(community.id, [a.id]);
    await createPairing(community.id, [elsewhere.id], "PAUSED");
    actAs(await createAdmin());
    expect((await add(pairing.id, 0, a.id)).fieldErrors?.unitId).toEqual([
      { key: "pairing.pairings.alreadyInPairing" },
    ]);
    expect((await add(pairing.id, 0, own.id)).fieldErrors?.unitId).toEqual([
      { key: "pairing.pairings.selfPairing" },
    ]);
    expect((await add(pairing.id, 0, elsewhere.id)).fieldErrors?.unitId).toEqual([
      { key: "pairing.pairings.duplicate" },
    ]);
    expect(await unitsOf(pairing.id)).toEqual([a.id]);
    expect((await db.pairing.findUniqueOrThrow({ where: { id: pairing.id } })).version).toBe(0);
  });

  it("changes units of running pairings only, and never on a stale form", async () => {
    const [a, b] = [await createUnit(), await createUnit()];
    const community = await createPairingCommunity();
    const proposal = await createPairing(community.id, [a.id], "PROPOSED");
    actAs(await createAdmin());
    expect((await add(proposal.id, 0, b.id)).message).toMatchObject({
      key: "pairing.pairings.unitsNotChangeable",
    });
    const other = await createPairingCommunity();
    const running = await createPairing(other.id, [a.id]);
    expect(
      await changePairingStatus(
        initialFormState,
        formData({ pairingId: running.id, version: 0, transition: "pause", reason: "施工" }),
      ),
    ).toMatchObject({ ok: true });
    expect((await add(running.id, 0, b.id)).message).toEqual({ key: "pairing.pairings.changedMeanwhile" });
    expect(await add(running.id, 1, b.id)).toMatchObject({ ok: true });
  });

  it("keeps a unit's rows in step when the pairing ends, so the unit may pair with the community again", async () => {
    const [a, b] = [await createUnit(), await createUnit()];
    const community = await createPairingCommunity();
    const pairing = await createPairing(community.id, [a.id]);
    actAs(await createAdmin());
    await add(pairing.id, 0, b.id);
    await changePairingStatus(
      initialFormState,
      formData({ pairingId: pairing.id, version: 1, transition: "end", reason: "期满" }),
    );
    expect((await db.pairingUnit.findMany({ where: { pairingId: pairing.id } })).every((u) => !u.live)).toBe(
      true,
    );
    const again = await createPairing(community.id, [b.id], "PROPOSED");
    expect(await unitsOf(again.id)).toEqual([b.id]);
  });

  it("is for admins only", async () => {
    const [a, b] = [await createUnit(), await createUnit()];
    const community = await createPairingCommunity();
    const pairing = await createPairing(community.id, [a.id]);
    actAs(await createSecretary(a.id));
    expect((await add(pairing.id, 0, b.id)).message).toEqual({ key: "core.errors.forbidden" });
    expect(await unitsOf(pairing.id)).toEqual([a.id]);
  });
});
