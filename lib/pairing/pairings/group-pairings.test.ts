import { describe, expect, it } from "vitest";
import { groupPairings } from "./group-pairings";

const pairing = (id: number, communityId: number, name: string, subdistrict: string | null) => ({
  id,
  community: { id: communityId, name, subdistrict: subdistrict ? { name: subdistrict } : null },
});

describe("grouping the public pairings", () => {
  it("puts each community's pairings under it, communities under their subdistrict, unfiled last", () => {
    const groups = groupPairings([
      pairing(1, 10, "朝阳社区", "南山街道"),
      pairing(2, 11, "江滨社区", null),
      pairing(3, 10, "朝阳社区", "南山街道"),
      pairing(4, 12, "金山社区", "金山街道"),
    ]);
    expect(groups.map((group) => group.subdistrict)).toEqual(["金山街道", "南山街道", ""]);
    const nanshan = groups.find((group) => group.subdistrict === "南山街道")!;
    expect(nanshan.communities).toEqual([
      {
        id: 10,
        name: "朝阳社区",
        pairings: [expect.objectContaining({ id: 1 }), expect.objectContaining({ id: 3 })],
      },
    ]);
    expect(groups.at(-1)!.communities[0]!.pairings.map((p) => p.id)).toEqual([2]);
  });

  it("is empty without pairings", () => {
    expect(groupPairings([])).toEqual([]);
  });
});
