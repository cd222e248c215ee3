// What the public and admin pages read: the public community never carries its contact, and
// shows only what visitors may see (pairings under way or ended, open needs, active sites,
// activities of published lists).
import { describe, expect, it } from "vitest";
import {
  getPublicCommunity,
  listCommunitiesForAdmin,
  listPublicCommunities,
  listUnitOptions,
} from "@/lib/pairing/communities/queries";
import { createAdmin, createUnit } from "@/tests/factories";
import {
  createCommunityRow,
  createNeedRow,
  createPairingRow,
  createSiteRow,
  createSubdistrictRow,
} from "@/tests/factories/communities";
import { createPlan, createPlanActivity } from "@/tests/factories/notifications";

const year = new Date().getUTCFullYear() + 3;

/** A community with one of each thing visitors see and one of each they must not. */
async function busyCommunity() {
  const community = await createCommunityRow({ contactName: "示例王主任", contactPhone: "13900001111" });
  const admin = await createAdmin();
  const [a, b, c] = [await createUnit(), await createUnit(), await createUnit()];
  const active = await createPairingRow(community.id, [a.id, b.id], "ACTIVE");
  const ended = await createPairingRow(community.id, [c.id], "ENDED");
  await createPairingRow(community.id, [await (await createUnit()).id], "PROPOSED");
  await createPairingRow(community.id, [await (await createUnit()).id], "DECLINED");
  const open = await createNeedRow(community.id, admin.id);
  await createNeedRow(community.id, admin.id, { status: "CLOSED", outcome: "已完成", closedAt: new Date() });
  const site = await createSiteRow(community.id);
  await createSiteRow(community.id, { active: false });
  await createPlan(year, "PUBLISHED");
  await createPlan(year + 1, "DRAFT");
  const held = await createPlanActivity(year, { communityId: community.id });
  await createPlanActivity(year + 1, { communityId: community.id });
  return { community, active, ended, open, site, held };
}

describe("the public community page's data", () => {
  it("never holds the contact person or phone", async () => {
    const { community } = await busyCommunity();
    const page = await getPublicCommunity(community.id);
    const text = JSON.stringify(page);
    expect(text).not.toContain("示例王主任");
    expect(text).not.toContain("13900001111");
    expect(page).not.toHaveProperty("contactName");
    expect(page).not.toHaveProperty("contactPhone");
  });

  it("shows pairings under way or ended, open needs, active sites and published activities", async () => {
    const { community, active, ended, open, site, held } = await busyCommunity();
    const page = await getPublicCommunity(community.id);
    expect(page?.pairings.map((pairing) => pairing.id)).toEqual([active.id, ended.id]);
    expect(page?.pairings[0]?.units).toHaveLength(2);
    expect(page?.pairings[0]?.focusAreas).toEqual(["ENVIRONMENT", "ELDERLY_CARE"]);
    expect(page?.needs.map((need) => need.id)).toEqual([open.id]);
    expect(page?.serviceSites).toEqual([{ id: site.id, name: site.name, areaSqm: 2000 }]);
    expect(page?.activities.map((activity) => activity.id)).toEqual([held.id]);
    expect(page?.point).toEqual({ latitude: 32.191264, longitude: 119.432718 });
  });

  it("is null for an unknown community", async () => {
    expect(await getPublicCommunity(2_000_000_000)).toBeNull();
  });
});

describe("the communities lists", () => {
  it("count live pairings, open needs and active sites for the admin; the public list has no contact", async () => {
    const { community } = await busyCommunity();
    const row = (await listPublicCommunities()).find((entry) => entry.id === community.id);
    expect(row).toMatchObject({ name: community.name, address: community.address });
    expect(JSON.stringify(row)).not.toContain("13900001111");
    expect(JSON.stringify(row)).not.toContain("示例王主任");
    const adminRow = (await listCommunitiesForAdmin("")).find((entry) => entry.id === community.id);
    expect(adminRow?._count).toEqual({ pairings: 1, needs: 1, serviceSites: 1 });
  });

  it("let the admin search by community, subdistrict or address", async () => {
    const subdistrict = await createSubdistrictRow(`搜索街道${Date.now()}`);
    const community = await createCommunityRow({ subdistrictId: subdistrict.id, address: "独特路 99 号" });
    const found = async (q: string) => (await listCommunitiesForAdmin(q)).map((row) => row.id);
    expect(await found(community.name)).toEqual([community.id]);
    expect(await found(subdistrict.name)).toEqual([community.id]);
    expect(await found("独特路")).toContain(community.id);
    expect(await found("没有这个社区")).toEqual([]);
  });

  it("offer active units to link, and the linked one whatever its status", async () => {
    const withdrawn = await createUnit({ status: "WITHDRAWN" });
    const active = await createUnit();
    const ids = (await listUnitOptions()).map((unit) => unit.id);
    expect(ids).toContain(active.id);
    expect(ids).not.toContain(withdrawn.id);
    expect((await listUnitOptions(withdrawn.id)).map((unit) => unit.id)).toContain(withdrawn.id);
  });
});
