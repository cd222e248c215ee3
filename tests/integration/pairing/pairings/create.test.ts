// An admin pairs one unit (一对一) or a group (多对一抱团) with a community directly.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createPairing } from "@/lib/pairing/pairings/actions";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { createPairing as pairingRow, createPairingCommunity } from "@/tests/factories/pairing";
import { actAs, formData } from "@/tests/integration/helpers/session";

const create = (communityId: number, unitIds: number[], extra: Record<string, string | string[]> = {}) =>
  createPairing(
    initialFormState,
    formData({
      communityId,
      unitIds: unitIds.map(String),
      startsOn: "2023-03-10",
      focusAreas: ["ENVIRONMENT", "VOLUNTEER_SERVICE"],
      note: "润州青年公益林",
      ...extra,
    }),
  );

describe("creating a pairing", () => {
  it("pairs a group of units with a community at once, active, each unit told, audited", async () => {
    const units = [await createUnit(), await createUnit(), await createUnit()];
    const secretaries = await Promise.all(units.map((unit) => createSecretary(unit.id)));
    const community = await createPairingCommunity();
    const admin = await createAdmin();
    actAs(admin);
    const state = await create(
      community.id,
      units.map((u) => u.id),
    );
    expect(state).toMatchObject({ ok: true, message: { key: "pairing.pairings.created" } });
    const pairing = await db.pairing.findUniqueOrThrow({
      where: { id: Number(state.data?.id) },
      include: { units: true, events: true },
    });
    expect(pairing).toMatchObject({
      status: "ACTIVE",
      communityId: community.id,
      proposedById: null,
      note: "润州青年公益林",
    });
    expect(pairing.units.map((u) => u.unitId).sort()).toEqual(units.map((u) => u.id).sort());
    expect(pairing.units.every((u) => u.live && u.communityId === community.id)).toBe(true);
    expect(pairing.events).toMatchObject([{ status: "ACTIVE", actorId: admin.id }]);
    for (const secretary of secretaries) {
      expect(
        await db.notification.findMany({
          where: { userId: secretary.id },
          select: { kind: true, pairingId: true },
        }),
      ).toEqual([{ kind: "PAIRING_APPROVED", pairingId: pairing.id }]);
    }
    expect(
      await db.auditLog.findFirstOrThrow({ where: { entity: "Pairing", entityId: String(pairing.id) } }),
    ).toMatchObject({
      action: "pairing.create",
      actorId: admin.id,
    });
  });

  it("refuses a group that includes the community's own unit, writing nothing", async () => {
    const own = await createUnit();
    const other = await createUnit();
    const community = await createPairingCommunity({ unitId: own.id });
    actAs(await createAdmin());
    expect(await create(community.id, [other.id, own.id])).toMatchObject({
      ok: false,
      fieldErrors: { unitIds: [{ key: "pairing.pairings.selfPairing" }] },
    });
    expect(await db.pairing.count({ where: { communityId: community.id } })).toBe(0);
  });

  it("refuses a group when one unit already has a live pairing with the community, writing nothing", async () => {
    const paired = await createUnit();
    const fresh = await createUnit();
    const community = await createPairingCommunity();
    await pairingRow(community.id, [paired.id], "PROPOSED");
    actAs(await createAdmin());
    expect(await create(community.id, [fresh.id, paired.id])).toMatchObject({
      ok: false,
      fieldErrors: { unitIds: [{ key: "pairing.pairings.duplicate" }] },
    });
    expect(await db.pairing.count({ where: { communityId: community.id } })).toBe(1);
    expect(await db.pairingUnit.count({ where: { unitId: fresh.id } })).toBe(0);
  });

  it("refuses units that are not active members, and no units at all", async () => {
    const suspended = await createUnit({ status: "SUSPENDED" });
    const community = await createPairingCommunity();
    actAs(await createAdmin());
    expect((await create(community.id, [suspended.id])).fieldErrors?.unitIds).toEqual([
      { key: "pairing.pairings.unitNotFound" },
    ]);
    expect((await create(community.id, [])).fieldErrors?.unitIds).toEqual([
      { key: "pairing.pairings.unitsRequired" },
    ]);
    expect(await db.pairing.count({ where: { communityId: community.id } })).toBe(0);
  });

  it("counts a unit ticked twice once", async () => {
    const unit = await createUnit();
    const community = await createPairingCommunity();
    actAs(await createAdmin());
    const state = await create(community.id, [unit.id, unit.id]);
    expect(state.ok).toBe(true);
    expect(await db.pairingUnit.count({ where: { pairingId: Number(state.data?.id) } })).toBe(1);
  });

  it("is for admins only", async () => {
    const unit = await createUnit();
    const community = await createPairingCommunity();
    actAs(await createSecretary(unit.id));
    expect((await create(community.id, [unit.id])).message).toEqual({ key: "core.errors.forbidden" });
    expect(await db.pairing.count({ where: { communityId: community.id } })).toBe(0);
  });
});
