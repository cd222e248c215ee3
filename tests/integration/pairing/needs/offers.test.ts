// A secretary offers their unit's help and withdraws it: one live offer per unit and need, only
// on needs still on the board, and only for their own unit.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { offerHelp, withdrawOffer } from "@/lib/pairing/needs/offer-actions";
import {
  createHelperUnit,
  createNeedCommunity,
  createNeedRow,
  createOfferRow,
} from "@/tests/factories/needs";
import { actAs, formData } from "@/tests/integration/helpers/session";

const offer = (fields: Record<string, string | number>) => offerHelp(initialFormState, formData(fields));

async function openNeed() {
  return createNeedRow((await createNeedCommunity()).id);
}

describe("offering help", () => {
  it("records the offer for the secretary's own unit with an audit record", async () => {
    const need = await openNeed();
    const { unit, secretary } = await createHelperUnit();
    actAs(secretary);
    const state = await offer({ needId: need.id, headcount: 8, availability: "周六上午", note: "带工具" });
    expect(state.ok, JSON.stringify(state)).toBe(true);
    expect(state.message?.key).toBe("pairing.needs.done.offered");
    const rows = await db.needOffer.findMany({ where: { needId: need.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      unitId: unit.id,
      headcount: 8,
      availability: "周六上午",
      note: "带工具",
      status: "OFFERED",
      offeredById: secretary.id,
    });
    expect(await db.auditLog.count({ where: { action: "needOffer.create", unitId: unit.id } })).toBe(1);
  });

  it("refuses a second live offer of the same unit, even two at once", async () => {
    const need = await openNeed();
    const { unit, secretary } = await createHelperUnit();
    actAs(secretary);
    const states = await Promise.all([
      offer({ needId: need.id, headcount: 3 }),
      offer({ needId: need.id, headcount: 4 }),
    ]);
    expect(states.filter((state) => state.ok)).toHaveLength(1);
    expect(states.find((state) => !state.ok)?.message?.key).toBe("pairing.needs.errors.alreadyOffered");
    const again = await offer({ needId: need.id, headcount: 5 });
    expect(again.message?.key).toBe("pairing.needs.errors.alreadyOffered");
    expect(await db.needOffer.count({ where: { needId: need.id, unitId: unit.id } })).toBe(1);
  });

  it("lets a unit offer again after withdrawing", async () => {
    const need = await openNeed();
    const { unit, secretary } = await createHelperUnit();
    await createOfferRow(need.id, unit.id, secretary.id, { status: "WITHDRAWN" });
    actAs(secretary);
    expect((await offer({ needId: need.id, headcount: 2 })).ok).toBe(true);
  });

  it.each([
    ["CLOSED", "pairing.needs.errors.closed"],
    ["CANCELLED", "pairing.needs.errors.cancelled"],
  ] as const)("refuses an offer on a %s need", async (status, key) => {
    const need = await createNeedRow((await createNeedCommunity()).id, { status, outcome: "结束" });
    const { secretary } = await createHelperUnit();
    actAs(secretary);
    const state = await offer({ needId: need.id, headcount: 2 });
    expect(state.message?.key).toBe(key);
    expect(await db.needOffer.count({ where: { needId: need.id } })).toBe(0);
  });

  it("takes offers on a matched need (its activity still needs hands)", async () => {
    const need = await createNeedRow((await createNeedCommunity()).id, { status: "MATCHED" });
    const { secretary } = await createHelperUnit();
    actAs(secretary);
    expect((await offer({ needId: need.id, headcount: 2 })).ok).toBe(true);
  });

  it("refuses a headcount below one by its field", async () => {
    const need = await openNeed();
    const { secretary } = await createHelperUnit();
    actAs(secretary);
    const state = await offer({ needId: need.id, headcount: 0 });
    expect(state.fieldErrors?.headcount).toBeDefined();
  });

  it("refuses an unknown need", async () => {
    const { secretary } = await createHelperUnit();
    actAs(secretary);
    expect((await offer({ needId: 2_000_000_000, headcount: 2 })).message?.key).toBe(
      "pairing.needs.errors.notFound",
    );
  });
});

describe("withdrawing an offer", () => {
  it("withdraws the unit's waiting offer", async () => {
    const need = await openNeed();
    const { unit, secretary } = await createHelperUnit();
    const row = await createOfferRow(need.id, unit.id, secretary.id);
    actAs(secretary);
    const state = await withdrawOffer(initialFormState, formData({ offerId: row.id }));
    expect(state.ok, JSON.stringify(state)).toBe(true);
    expect((await db.needOffer.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("WITHDRAWN");
    expect(
      await db.auditLog.count({ where: { action: "needOffer.withdraw", entityId: String(row.id) } }),
    ).toBe(1);
  });

  it("refuses once the committee has decided", async () => {
    const need = await openNeed();
    const { unit, secretary } = await createHelperUnit();
    const row = await createOfferRow(need.id, unit.id, secretary.id, { status: "ACCEPTED" });
    actAs(secretary);
    const state = await withdrawOffer(initialFormState, formData({ offerId: row.id }));
    expect(state.message?.key).toBe("pairing.needs.errors.offerDecided");
    expect((await db.needOffer.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("ACCEPTED");
  });

  it("a secretary cannot withdraw another unit's offer", async () => {
    const need = await openNeed();
    const owner = await createHelperUnit();
    const other = await createHelperUnit();
    const row = await createOfferRow(need.id, owner.unit.id, owner.secretary.id);
    actAs(other.secretary);
    const state = await withdrawOffer(initialFormState, formData({ offerId: row.id }));
    expect(state.message?.key).toBe("pairing.needs.errors.offerNotFound");
    expect((await db.needOffer.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("OFFERED");
  });

  it("a secretary's offer is always for their own unit, whatever the form adds", async () => {
    const need = await openNeed();
    const mine = await createHelperUnit();
    const other = await createHelperUnit();
    actAs(mine.secretary);
    const state = await offerHelp(
      initialFormState,
      formData({ needId: need.id, headcount: 3, unitId: other.unit.id }),
    );
    expect(state.ok).toBe(true);
    const rows = await db.needOffer.findMany({ where: { needId: need.id } });
    expect(rows.map((row) => row.unitId)).toEqual([mine.unit.id]);
  });
});
