// A secretary proposes a pairing of their own unit with a community (结对挂钩): the rules of
// who may be paired, the live-pairing index, bad input, and nothing half-written.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { proposeMyPairing } from "@/lib/pairing/pairings/actions";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { createPairing, createPairingCommunity } from "@/tests/factories/pairing";
import { actAs, formData } from "@/tests/integration/helpers/session";

async function member() {
  const unit = await createUnit();
  const secretary = await createSecretary(unit.id);
  return { unit, secretary };
}

const propose = (fields: Record<string, string | string[] | number | undefined>) =>
  proposeMyPairing(
    initialFormState,
    formData({
      startsOn: "2026-04-01",
      focusAreas: ["ELDERLY_CARE", "CHILDREN"],
      note: "每月一次",
      ...fields,
    }),
  );

const pairingsOf = (communityId: number) =>
  db.pairing.findMany({ where: { communityId }, include: { units: true, events: true } });

describe("proposing a pairing", () => {
  it("files a proposal of the secretary's own unit, with its history row and audit record, and tells no unit", async () => {
    const { unit, secretary } = await member();
    const community = await createPairingCommunity();
    actAs(secretary);
    const state = await propose({ communityId: community.id });
    expect(state).toMatchObject({ ok: true, message: { key: "pairing.pairings.proposed" } });
    const [pairing] = await pairingsOf(community.id);
    expect(pairing).toMatchObject({
      id: state.data?.id,
      status: "PROPOSED",
      focusAreas: ["ELDERLY_CARE", "CHILDREN"],
      note: "每月一次",
      proposedById: secretary.id,
      startsOn: new Date("2026-04-01T00:00:00Z"),
    });
    expect(pairing!.units).toEqual([
      { pairingId: pairing!.id, unitId: unit.id, communityId: community.id, live: true },
    ]);
    expect(pairing!.events).toMatchObject([{ status: "PROPOSED", actorId: secretary.id, reason: "" }]);
    expect(
      await db.auditLog.findMany({
        where: { entity: "Pairing", entityId: String(pairing!.id) },
        select: { action: true, unitId: true },
      }),
    ).toEqual([{ action: "pairing.propose", unitId: unit.id }]);
    expect(await db.notification.count({ where: { pairingId: pairing!.id } })).toBe(0);
  });

  it("always proposes for the secretary's own unit: a unit id in the form is ignored", async () => {
    const { unit, secretary } = await member();
    const other = await createUnit();
    const community = await createPairingCommunity();
    actAs(secretary);
    expect(
      await propose({ communityId: community.id, unitId: other.id, unitIds: [String(other.id)] }),
    ).toMatchObject({ ok: true });
    const [pairing] = await pairingsOf(community.id);
    expect(pairing!.units.map((u) => u.unitId)).toEqual([unit.id]);
  });

  it("refuses to pair a unit with its own community (a unit paired with itself), writing nothing", async () => {
    const { unit, secretary } = await member();
    const own = await createPairingCommunity({ unitId: unit.id });
    actAs(secretary);
    expect(await propose({ communityId: own.id })).toMatchObject({
      ok: false,
      message: { key: "pairing.pairings.selfPairing" },
      fieldErrors: { communityId: [{ key: "pairing.pairings.selfPairing" }] },
    });
    expect(await pairingsOf(own.id)).toEqual([]);
    expect(await db.auditLog.count({ where: { entity: "Pairing", actorId: secretary.id } })).toBe(0);
  });

  it("refuses a second live pairing of the unit with the community, and allows a new one once the old one ended", async () => {
    const { unit, secretary } = await member();
    const community = await createPairingCommunity();
    const existing = await createPairing(community.id, [unit.id], "PAUSED");
    actAs(secretary);
    expect(await propose({ communityId: community.id })).toMatchObject({
      ok: false,
      message: { key: "pairing.pairings.duplicate" },
      fieldErrors: { communityId: [{ key: "pairing.pairings.duplicate" }] },
      values: { communityId: String(community.id) },
    });
    expect(await pairingsOf(community.id)).toHaveLength(1);
    expect(await db.pairingEvent.count({ where: { pairing: { communityId: community.id } } })).toBe(1);

    await db.pairing.update({ where: { id: existing.id }, data: { status: "ENDED", reason: "到期" } });
    await db.pairingUnit.updateMany({ where: { pairingId: existing.id }, data: { live: false } });
    expect(await propose({ communityId: community.id })).toMatchObject({ ok: true });
    expect(await pairingsOf(community.id)).toHaveLength(2);
  });

  it("lets only one of two identical proposals sent at once through", async () => {
    const { secretary } = await member();
    const community = await createPairingCommunity();
    actAs(secretary);
    const states = await Promise.all([
      propose({ communityId: community.id }),
      propose({ communityId: community.id }),
    ]);
    expect(states.filter((state) => state.ok)).toHaveLength(1);
    expect(states.find((state) => !state.ok)?.message).toEqual({ key: "pairing.pairings.duplicate" });
    expect(await pairingsOf(community.id)).toHaveLength(1);
  });

  it("says by field what is wrong with bad input, and writes nothing", async () => {
    const { secretary } = await member();
    const community = await createPairingCommunity();
    actAs(secretary);
    const state = await proposeMyPairing(
      initialFormState,
      formData({ communityId: "abc", startsOn: "2026-02-30", note: "x".repeat(1001) }),
    );
    expect(state).toMatchObject({ ok: false, message: { key: "core.validation.checkFields" } });
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual([
      "communityId",
      "focusAreas",
      "note",
      "startsOn",
    ]);
    expect(state.fieldErrors?.focusAreas).toEqual([{ key: "pairing.pairings.focusRequired" }]);
    expect(state.fieldErrors?.startsOn).toEqual([{ key: "core.validation.date" }]);
    expect(
      (await propose({ communityId: community.id, focusAreas: ["NOT_A_FOCUS"] })).fieldErrors?.[
        "focusAreas.0"
      ],
    ).toEqual([{ key: "core.validation.choice" }]);
    expect(await propose({ communityId: 2_000_000_000 })).toMatchObject({
      ok: false,
      fieldErrors: { communityId: [{ key: "pairing.pairings.communityNotFound" }] },
    });
    expect(await pairingsOf(community.id)).toEqual([]);
  });

  it("is for secretaries only: admins have no unit to propose for, visitors must sign in", async () => {
    const community = await createPairingCommunity();
    actAs(await createAdmin());
    expect((await propose({ communityId: community.id })).message).toEqual({ key: "core.errors.forbidden" });
    actAs(null);
    expect((await propose({ communityId: community.id })).message).toEqual({
      key: "core.errors.signInRequired",
    });
    expect(await pairingsOf(community.id)).toEqual([]);
  });
});
