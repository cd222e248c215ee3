import { describe, expect, it } from "vitest";
import {
  normaliseCategory,
  normaliseDate,
  normaliseOrgType,
  normaliseRow,
  normaliseYesNo,
} from "./normalise";

describe("value normalisation", () => {
  it("turns Chinese and English category labels and enum values into the enum value", () => {
    expect(normaliseCategory("国企平台")).toBe("STATE_ENTERPRISE");
    expect(normaliseCategory("“两新”组织")).toBe("NEW_ORGANISATION");
    expect(normaliseCategory("两新组织")).toBe("NEW_ORGANISATION");
    expect(normaliseCategory("financial institution")).toBe("FINANCIAL_INSTITUTION");
    expect(normaliseCategory("emerging_sector")).toBe("EMERGING_SECTOR");
    expect(normaliseCategory("其他")).toBe("其他");
  });

  it("turns organisation type labels into the enum value", () => {
    expect(normaliseOrgType("团总支")).toBe("GENERAL_BRANCH");
    expect(normaliseOrgType("BRANCH")).toBe("BRANCH");
    expect(normaliseOrgType("团小组")).toBe("团小组");
  });

  it.each([
    ["是", "true"],
    ["否", "false"],
    ["TRUE", "true"],
    ["no", "false"],
    ["Yes", "true"],
    ["", "true"],
    ["也许", "也许"],
  ])("reads %j as %j for inDistrict", (value, expected) => {
    expect(normaliseYesNo(value)).toBe(expected);
  });

  it.each([
    ["2023-02-21", "2023-02-21"],
    ["2023/2/21", "2023-02-21"],
    ["2023.2.1", "2023-02-01"],
    ["2023年2月21日", "2023-02-21"],
    ["21/02/2023", "21/02/2023"],
  ])("reads the date %j as %j", (value, expected) => {
    expect(normaliseDate(value)).toBe(expected);
  });

  it("normalises a whole row, lower-casing the slug and trimming cells", () => {
    expect(
      normaliseRow({
        name: " 单位 ",
        slug: "China-Post",
        category: "金融机构",
        orgType: "团支部",
        joinedOn: "2024/1/2",
      }),
    ).toEqual({
      name: "单位",
      shortName: "",
      slug: "china-post",
      category: "FINANCIAL_INSTITUTION",
      orgType: "BRANCH",
      inDistrict: "true",
      address: "",
      contactName: "",
      contactPhone: "",
      joinedOn: "2024-01-02",
    });
  });
});
