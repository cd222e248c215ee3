import { describe, expect, it } from "vitest";
import { validateRow } from "./validate-rows";

const cells = {
  name: "瑞祥科技集团团委",
  shortName: "瑞祥科技",
  slug: "ruixiang-import",
  category: "“两新”组织",
  orgType: "团委",
  inDistrict: "否",
  joinedOn: "2023年2月21日",
};

describe("validateRow", () => {
  it("turns a valid row into the unit to create", () => {
    const row = validateRow({ rowNumber: 2, cells });
    expect(row.issues).toEqual([]);
    expect(row.input).toMatchObject({
      name: "瑞祥科技集团团委",
      category: "NEW_ORGANISATION",
      orgType: "COMMITTEE",
      inDistrict: false,
      contactPhonePublic: false,
      isDemo: false,
      joinedOn: new Date("2023-02-21T00:00:00Z"),
    });
  });

  it("reports every bad cell with its field and message, and creates nothing from the row", () => {
    const row = validateRow({
      rowNumber: 7,
      cells: { ...cells, name: "", slug: "bad slug!", joinedOn: "2023-02-30", contactPhone: "call me" },
    });
    expect(row.input).toBeNull();
    expect(row.rowNumber).toBe(7);
    expect(row.issues).toEqual(
      expect.arrayContaining([
        { field: "name", key: "core.validation.required" },
        { field: "slug", key: "core.validation.slug" },
        { field: "joinedOn", key: "core.validation.date" },
        { field: "contactPhone", key: "core.validation.phone" },
      ]),
    );
  });

  it("lists the accepted labels when a category, type or yes/no is not one of them", () => {
    const row = validateRow({
      rowNumber: 3,
      cells: { ...cells, category: "其他", orgType: "团小组", inDistrict: "也许" },
    });
    expect(row.issues).toEqual([
      {
        field: "category",
        key: "units.admin.import.badChoice",
        values: { choices: "垂管机关、国企平台、金融机构、“两新”组织、新兴领域" },
      },
      { field: "orgType", key: "units.admin.import.badChoice", values: { choices: "团委、团总支、团支部" } },
      { field: "inDistrict", key: "units.admin.import.badChoice", values: { choices: "是、否" } },
    ]);
  });

  it("says a blank required choice is required, not a wrong choice", () => {
    const row = validateRow({ rowNumber: 3, cells: { ...cells, category: "" } });
    expect(row.issues).toEqual([{ field: "category", key: "core.validation.required" }]);
  });
});
