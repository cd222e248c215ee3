import { describe, expect, it } from "vitest";
import { parseEnumCell } from "./enum-values";
import { mapActivityHeaders } from "./fields";

describe("activity import headers and choices", () => {
  it("maps Chinese and English header names in any order and ignores a running-number column", () => {
    const mapping = mapActivityHeaders(["序号", "活动名称", "type", "五方面内容", "计划月份", "地点"]);
    expect(mapping).toEqual({
      ok: true,
      columns: [null, "title", "type", "commitment", "plannedMonth", "place"],
    });
  });

  it("names missing, unknown and repeated columns", () => {
    expect(mapActivityHeaders(["活动名称"])).toMatchObject({
      ok: false,
      error: { key: "activities.admin.import.missingColumns" },
    });
    expect(mapActivityHeaders(["活动名称", "类型", "五方面内容", "月份", "备注"])).toMatchObject({
      ok: false,
      error: { key: "activities.admin.import.unknownColumns", values: { columns: "备注" } },
    });
    expect(mapActivityHeaders(["活动名称", "标题", "类型", "五方面内容", "月份"])).toMatchObject({
      ok: false,
      error: { key: "activities.admin.import.repeatedColumns" },
    });
  });

  it("accepts codes, Chinese labels (and each part of a two-part label) and English labels", () => {
    expect(parseEnumCell("ActivityType", "读书会")).toBe("READING_CLUB");
    expect(parseEnumCell("ActivityType", "学习交流 / 读书会")).toBe("READING_CLUB");
    expect(parseEnumCell("ActivityType", "tree_planting")).toBe("TREE_PLANTING");
    expect(parseEnumCell("Commitment", "打造一支骨干队伍")).toBe("BACKBONE_TEAM");
    expect(parseEnumCell("ActivityChannel", "线上+线下")).toBe("HYBRID");
    expect(parseEnumCell("ActivityType", "跳舞")).toBeNull();
  });
});
