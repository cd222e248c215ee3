import { describe, expect, it } from "vitest";
import { compareNames, groupBySubdistrict } from "./group-by-subdistrict";

const nanshan = { id: 1, name: "南山街道" };
const jinshan = { id: 2, name: "金山街道" };

describe("groupBySubdistrict", () => {
  it("groups communities under their subdistrict, both in pinyin order", () => {
    const groups = groupBySubdistrict([
      { name: "朝阳社区", subdistrict: nanshan },
      { name: "金山社区", subdistrict: jinshan },
      { name: "东吴社区", subdistrict: nanshan },
    ]);
    expect(groups.map((group) => group.subdistrict?.name)).toEqual(["金山街道", "南山街道"]);
    expect(groups[1]!.communities.map((community) => community.name)).toEqual(["朝阳社区", "东吴社区"]);
  });

  it("puts communities without a subdistrict in a last group of their own", () => {
    const groups = groupBySubdistrict([
      { name: "无归属社区", subdistrict: null },
      { name: "朝阳社区", subdistrict: nanshan },
    ]);
    expect(groups.map((group) => group.subdistrict)).toEqual([nanshan, null]);
  });

  it("gives no groups for no communities", () => {
    expect(groupBySubdistrict([])).toEqual([]);
  });
});

describe("compareNames", () => {
  it("orders names by pinyin, not by code point", () => {
    const names = [
      { name: "七里甸街道" },
      { name: "金山街道" },
      { name: "宝塔路街道" },
      { name: "南山街道" },
    ];
    expect(names.sort(compareNames).map((entry) => entry.name)).toEqual([
      "宝塔路街道",
      "金山街道",
      "南山街道",
      "七里甸街道",
    ]);
  });
});
