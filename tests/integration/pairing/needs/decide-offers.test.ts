// The admin accepts or declines offers: a conditional update on OFFERED decides, the unit is
// told in the same transaction, and of two admins accepting at once exactly one wins.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { acceptOffer, declineOffer } from "@/lib/pairing/needs/actions";
import { createAdmin } from "@/tests/factories";
import {
  createHelperUnit,
  createNeedCommunity,
  createNeedRow,
  createOfferRow,
} from "@/tests/factories/needs";
import { actAs, formData } from "@/tests/integration/helpers/session";

async function waitingOffer(needStatus: "OPEN" | "MATCHED" | "CLOSED" = "OPEN") {
  const need = await createNeedRow((await createNeedCommunity()).id, {
    status: needStatus,
    outcome: needStatus === "CLOSED" ? "完成" : "",
  });
  const { unit, secretary } = await createHelperUnit();
  const offer = await createOfferRow(need.id, unit.id, secretary.id);
  return { need, unit, secretary, offer };
}

describe("accepting an offer", () => {
  it("accepts it, tells the unit with the need as subject and writes the audit record", async () => {
    const { need, secretary, offer } = await waitingOffer();
    const admin = await createAdmin();
    actAs(admin);
    const state = await acceptOffer(initialFormState, formData({ offerId: offer.id }));
    expect(state.ok, JSON.stringify(state)).toBe(true);
    const row = await db.needOffer.findUniqueOrThrow({ where: { id: offer.id } });
    expect(row).toMatchObject({ status: "ACCEPTED", decidedById: admin.id });
    expect(row.decidedAt).not.toBeNull();
    const notes = await db.notification.findMany({ where: { userId: secretary.id } });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: "NEED_OFFER_ACCEPTED", needId: need.id });
    expect(notes[0]?.values).toMatchObject({ title: need.title });
    expect(
      await db.auditLog.count({ where: { action: "needOffer.accept", entityId: String(offer.id) } }),
    ).toBe(1);
  });

  it("of two admins accepting the same offer at once, exactly one wins and the other is told", async () => {
    const { secretary, offer } = await waitingOffer();
    actAs(await createAdmin());
    const states = await Promise.all([
      acceptOffer(initialFormState, formData({ offerId: offer.id })),
      acceptOffer(initialFormState, formData({ offerId: offer.id })),
    ]);
    expect(states.filter((state) => state.ok)).toHaveLength(1);
    expect(states.find((state) => !state.ok)?.message?.key).toBe("pairing.needs.errors.offerAlreadyAccepted");
    expect(await db.notification.count({ where: { userId: secretary.id } })).toBe(1);
    expect(
      await db.auditLog.count({ where: { action: "needOffer.accept", entityId: String(offer.id) } }),
    ).toBe(1);
  });

  it("tells the admin when the unit withdrew meanwhile", async () => {
    const { offer } = await waitingOffer();
    await db.needOffer.update({ where: { id: offer.id }, data: { status: "WITHDRAWN" } });
    actAs(await createAdmin());
    const state = await acceptOffer(initialFormState, formData({ offerId: offer.id }));
    expect(state.message?.key).toBe("pairing.needs.errors.offerWithdrawn");
  });

  it("refuses to decide offers on a closed need", async () => {
    const { offer } = await waitingOffer("CLOSED");
    actAs(await createAdmin());
    const state = await acceptOffer(initialFormState, formData({ offerId: offer.id }));
    expect(state.message?.key).toBe("pairing.needs.errors.closed");
    expect((await db.needOffer.findUniqueOrThrow({ where: { id: offer.id } })).status).toBe("OFFERED");
  });
});

describe("declining an offer", () => {
  it("needs a reason", async () => {
    const { offer } = await waitingOffer();
    actAs(await createAdmin());
    const state = await declineOffer(initialFormState, formData({ offerId: offer.id, reason: "  " }));
    expect(state.fieldErrors?.reason?.[0]?.key).toBe("core.validation.required");
    expect((await db.needOffer.findUniqueOrThrow({ where: { id: offer.id } })).status).toBe("OFFERED");
  });

  it("declines it and tells the unit why", async () => {
    const { need, secretary, offer } = await waitingOffer();
    actAs(await createAdmin());
    const state = await declineOffer(initialFormState, formData({ offerId: offer.id, reason: "人数已满" }));
    expect(state.ok, JSON.stringify(state)).toBe(true);
    expect((await db.needOffer.findUniqueOrThrow({ where: { id: offer.id } })).status).toBe("DECLINED");
    const note = await db.notification.findFirstOrThrow({ where: { userId: secretary.id } });
    expect(note).toMatchObject({ kind: "NEED_OFFER_DECLINED", needId: need.id });
    expect(note.values).toMatchObject({ title: need.title, reason: "人数已满" });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "needOffer.decline", entityId: String(offer.id) },
    });
    expect(audit.after).toMatchObject({ status: "DECLINED", reason: "人数已满" });
  });

  it("cannot decline an offer another admin accepted", async () => {
    const { offer } = await waitingOffer();
    await db.needOffer.update({ where: { id: offer.id }, data: { status: "ACCEPTED" } });
    actAs(await createAdmin());
    const state = await declineOffer(initialFormState, formData({ offerId: offer.id, reason: "重复" }));
    expect(state.message?.key).toBe("pairing.needs.errors.offerAlreadyAccepted");
  });
});
