// What the board shows: the public board (open and matched needs only), a need's public page,
// and the board in a unit's own order with its reasons.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { getPublicNeed, listBoardNeeds, listUnitOffers, loadUnitBoard } from "@/lib/pairing/needs/queries";
import {
  createHelperUnit,
  createNeedCommunity,
  createNeedRow,
  createOfferRow,
} from "@/tests/factories/needs";

describe("the public board", () => {
  it("lists open and matched needs with the volunteers offered, never closed or cancelled ones", async () => {
    const community = await createNeedCommunity();
    const open = await createNeedRow(community.id);
    const matched = await createNeedRow(community.id, { status: "MATCHED" });
    const closed = await createNeedRow(community.id, { status: "CLOSED", outcome: "完成" });
    const cancelled = await createNeedRow(community.id, { status: "CANCELLED" });
    const helper = await createHelperUnit();
    await createOfferRow(open.id, helper.unit.id, helper.secretary.id, { headcount: 6 });
    const other = await createHelperUnit();
    await createOfferRow(open.id, other.unit.id, other.secretary.id, { headcount: 4, status: "WITHDRAWN" });
    const ids = (await listBoardNeeds()).map((need) => need.id);
    expect(ids).toEqual(expect.arrayContaining([open.id, matched.id]));
    expect(ids).not.toContain(closed.id);
    expect(ids).not.toContain(cancelled.id);
    const card = (await listBoardNeeds()).find((need) => need.id === open.id);
    expect(card).toMatchObject({ volunteersWanted: 20, volunteersOffered: 6, address: community.address });
  });

  it("shows a closed need's page with its outcome and accepted units, but not a cancelled one", async () => {
    const community = await createNeedCommunity();
    const closed = await createNeedRow(community.id, { status: "CLOSED", outcome: "种植树苗 200 余株" });
    const helper = await createHelperUnit();
    await createOfferRow(closed.id, helper.unit.id, helper.secretary.id, { status: "ACCEPTED" });
    const page = await getPublicNeed(closed.id);
    expect(page).toMatchObject({ outcome: "种植树苗 200 余株", acceptedUnits: [{ slug: helper.unit.slug }] });
    const cancelled = await createNeedRow(community.id, { status: "CANCELLED" });
    expect(await getPublicNeed(cancelled.id)).toBeNull();
  });
});

describe("the board in a unit's order", () => {
  it("puts the paired community's needs first, then the nearest, with reasons and the unit's offers", async () => {
    const { unit, secretary } = await createHelperUnit({ latitude: "32.200000", longitude: "119.450000" });
    // Paired but far (about 11 km north); near but not paired (about 1 km north).
    const paired = await createNeedCommunity({ latitude: "32.300000", longitude: "119.450000" });
    const near = await createNeedCommunity({ latitude: "32.210000", longitude: "119.450000" });
    await db.pairing.create({
      data: {
        communityId: paired.id,
        startsOn: new Date("2025-03-01T00:00:00Z"),
        status: "ACTIVE",
        units: { create: [{ unitId: unit.id, communityId: paired.id, live: true }] },
      },
    });
    const farNeed = await createNeedRow(paired.id);
    const nearNeed = await createNeedRow(near.id);
    await createOfferRow(nearNeed.id, unit.id, secretary.id);
    const board = await loadUnitBoard(unit.id);
    expect(board.hasPoint).toBe(true);
    const mine = board.needs.filter((need) => need.id === farNeed.id || need.id === nearNeed.id);
    expect(mine.map((need) => need.id)).toEqual([farNeed.id, nearNeed.id]);
    expect(mine[0]?.reason).toMatchObject({ kind: "paired" });
    expect(mine[1]?.reason).toMatchObject({ kind: "near", km: expect.closeTo(1.11, 1) });
    expect(mine[1]?.myOffer).toBe("OFFERED");
    expect((await listUnitOffers(unit.id)).map((offer) => offer.need.id)).toEqual([nearNeed.id]);
  });

  it("says the unit's point is missing when it has none", async () => {
    const { unit } = await createHelperUnit();
    const need = await createNeedRow((await createNeedCommunity()).id);
    const board = await loadUnitBoard(unit.id);
    expect(board.hasPoint).toBe(false);
    expect(board.needs.find((row) => row.id === need.id)?.reason).toEqual({
      kind: "unknown",
      missing: "unit",
    });
  });
});
