// What the pairing pages read: visitors never see proposals or declined pairings; a pairing's
// page gathers its joint activities, service log and needs met, scoped to its units, community
// and start; a unit sees all of its own pairings.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { listAdminPairings } from "@/lib/pairing/pairings/admin-queries";
import {
  countUnitPairings,
  getPairingWork,
  getPublicPairing,
  listCommunityOptions,
  listMyPairings,
  listPublicPairings,
  listUnitPublicPairings,
} from "@/lib/pairing/pairings/queries";
import { createAdmin, createUnit } from "@/tests/factories";
import { createPlan, createPlanActivity } from "@/tests/factories/notifications";
import {
  createNeedWithOffer,
  createPairing,
  createPairingCommunity,
  createSiteVisit,
} from "@/tests/factories/pairing";

describe("public pairing reads", () => {
  it("show running pairings in the list, ended ones on their page only, and never proposals or declined ones", async () => {
    const unit = await createUnit();
    const community = await createPairingCommunity();
    const others = await Promise.all([1, 2, 3].map(() => createPairingCommunity()));
    const active = await createPairing(community.id, [unit.id], "ACTIVE");
    const paused = await createPairing(others[0]!.id, [unit.id], "PAUSED");
    const ended = await createPairing(others[1]!.id, [unit.id], "ENDED");
    const proposed = await createPairing(others[2]!.id, [unit.id], "PROPOSED");
    const declined = await createPairing(community.id, [unit.id], "DECLINED");

    const listed = (await listPublicPairings()).map((p) => p.id);
    expect(listed).toEqual(expect.arrayContaining([active.id, paused.id]));
    for (const hidden of [ended.id, proposed.id, declined.id]) expect(listed).not.toContain(hidden);

    expect(await getPublicPairing(active.id)).toMatchObject({ id: active.id, status: "ACTIVE" });
    expect(await getPublicPairing(ended.id)).toMatchObject({ status: "ENDED", reason: "测试原因" });
    expect(await getPublicPairing(proposed.id)).toBeNull();
    expect(await getPublicPairing(declined.id)).toBeNull();

    // Running ones first (newest first), then ended ones; never the proposal or the declined one.
    expect((await listUnitPublicPairings(unit.id)).map((p) => p.id)).toEqual([
      paused.id,
      active.id,
      ended.id,
    ]);
  });

  it("show a unit all of its own pairings with their history, and count the running and waiting ones", async () => {
    const unit = await createUnit();
    const [c1, c2, c3] = await Promise.all([1, 2, 3].map(() => createPairingCommunity()));
    await createPairing(c1!.id, [unit.id], "ACTIVE");
    await createPairing(c2!.id, [unit.id], "PROPOSED");
    await createPairing(c3!.id, [unit.id], "DECLINED");
    const mine = await listMyPairings(unit.id);
    expect(mine.map((p) => p.status).sort()).toEqual(["ACTIVE", "DECLINED", "PROPOSED"]);
    expect(mine.every((p) => p.events.length === 1)).toBe(true);
    expect(await countUnitPairings(unit.id)).toEqual({ running: 1, proposed: 1 });
  });

  it("leave a unit's own community out of its proposal form, grouped by subdistrict", async () => {
    const unit = await createUnit();
    const own = await createPairingCommunity({ unitId: unit.id, subdistrict: "金山街道" });
    const other = await createPairingCommunity({ subdistrict: "金山街道" });
    const groups = await listCommunityOptions(unit.id);
    const ids = groups.flatMap((g) => g.communities.map((c) => c.id));
    expect(ids).toContain(other.id);
    expect(ids).not.toContain(own.id);
    expect(groups.find((g) => g.communities.some((c) => c.id === other.id))?.subdistrict).toBe("金山街道");
    expect((await listCommunityOptions()).flatMap((g) => g.communities.map((c) => c.id))).toContain(own.id);
  });

  it("list proposals first for the admin, and filter by status", async () => {
    const unit = await createUnit();
    const [c1, c2] = await Promise.all([1, 2].map(() => createPairingCommunity()));
    await createPairing(c1!.id, [unit.id], "ACTIVE");
    const proposal = await createPairing(c2!.id, [unit.id], "PROPOSED");
    const all = await listAdminPairings(null);
    expect(all[0]!.status).toBe("PROPOSED");
    expect((await listAdminPairings("PROPOSED")).map((p) => p.id)).toContain(proposal.id);
    expect((await listAdminPairings("PROPOSED")).every((p) => p.status === "PROPOSED")).toBe(true);
  });
});

describe("a pairing's joint work", () => {
  it("gathers the activities its units led or joined at the community since the start, the service log with totals, and needs met", async () => {
    const [a, b, outsider] = [await createUnit(), await createUnit(), await createUnit()];
    const admin = await createAdmin();
    const community = await createPairingCommunity();
    const elsewhere = await createPairingCommunity();
    const pairing = await createPairing(community.id, [a.id, b.id], "ACTIVE", { startsOn: "2071-03-01" });
    await createPlan(2071);
    await createPlan(2070);
    const led = await createPlanActivity(2071, {
      leadUnitId: a.id,
      communityId: community.id,
      plannedMonth: 3,
    });
    const joined = await createPlanActivity(2071, {
      leadUnitId: outsider.id,
      communityId: community.id,
      plannedMonth: 5,
    });
    await db.participation.create({
      data: { activityId: joined.id, unitId: b.id, headcount: 5, status: "JOINED" },
    });
    const withdrawn = await createPlanActivity(2071, {
      leadUnitId: outsider.id,
      communityId: community.id,
      plannedMonth: 6,
    });
    await db.participation.create({
      data: {
        activityId: withdrawn.id,
        unitId: b.id,
        headcount: 5,
        status: "WITHDRAWN",
        withdrawnAt: new Date(),
      },
    });
    const before = await createPlanActivity(2070, {
      leadUnitId: a.id,
      communityId: community.id,
      plannedMonth: 12,
    });
    const dated = await createPlanActivity(2071, {
      leadUnitId: a.id,
      communityId: community.id,
      plannedMonth: 3,
      plannedDate: new Date("2071-02-28T00:00:00Z"),
    });
    const away = await createPlanActivity(2071, {
      leadUnitId: a.id,
      communityId: elsewhere.id,
      plannedMonth: 4,
    });
    const cancelled = await createPlanActivity(2071, {
      leadUnitId: a.id,
      communityId: community.id,
      plannedMonth: 4,
      status: "CANCELLED",
      cancelReason: "下雨",
    });

    await createSiteVisit(community.id, [a.id], admin.id, {
      servedOn: "2071-03-10",
      volunteers: 100,
      hours: "300.5",
      results: [{ label: "植树", value: "200", unit: "棵" }],
    });
    await createSiteVisit(community.id, [b.id, outsider.id], admin.id, {
      servedOn: "2071-04-10",
      volunteers: 20,
      hours: "40",
      results: [{ label: "植树", value: "30", unit: "棵" }],
    });
    await createSiteVisit(community.id, [outsider.id], admin.id, {
      servedOn: "2071-05-10",
      volunteers: 9,
      hours: "9",
    });
    await createSiteVisit(community.id, [a.id], admin.id, {
      servedOn: "2071-02-10",
      volunteers: 9,
      hours: "9",
    });
    await createSiteVisit(elsewhere.id, [a.id], admin.id, {
      servedOn: "2071-05-10",
      volunteers: 9,
      hours: "9",
    });

    const met = await createNeedWithOffer(community.id, b.id, admin.id, "CLOSED");
    const matched = await createNeedWithOffer(community.id, a.id, admin.id, "MATCHED");
    await createNeedWithOffer(community.id, a.id, admin.id, "OPEN");
    await createNeedWithOffer(community.id, a.id, admin.id, "CLOSED", "OFFERED");
    await createNeedWithOffer(community.id, outsider.id, admin.id, "CLOSED");

    const work = await getPairingWork({
      communityId: community.id,
      unitIds: [a.id, b.id],
      startsOn: pairing.startsOn,
    });
    const activityIds = work.activities.map((x) => x.id);
    expect(activityIds.sort()).toEqual([led.id, joined.id].sort());
    for (const id of [withdrawn.id, before.id, dated.id, away.id, cancelled.id])
      expect(activityIds).not.toContain(id);
    expect(work.log).toHaveLength(2);
    expect(work.totals).toEqual({
      visits: 2,
      volunteers: 120,
      hours: 340.5,
      results: [{ label: "植树", unit: "棵", value: 230 }],
    });
    expect(work.needs.map((n) => n.id).sort()).toEqual([met.id, matched.id].sort());
  });
});
