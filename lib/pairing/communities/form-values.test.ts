import { describe, expect, it } from "vitest";
import { communityFormValues, newCommunityValues } from "./form-values";

describe("communityFormValues", () => {
  it("shows a saved community as the form's text", () => {
    expect(
      communityFormValues({
        name: "朝阳社区",
        address: "南山街道",
        description: "",
        contactName: "示例联系人",
        contactPhone: "0511-1",
        unitId: 6,
        subdistrict: { name: "南山街道" },
        point: { latitude: 32.191264, longitude: 119.432718 },
      }),
    ).toEqual({
      subdistrict: "南山街道",
      name: "朝阳社区",
      address: "南山街道",
      latitude: "32.191264",
      longitude: "119.432718",
      description: "",
      contactName: "示例联系人",
      contactPhone: "0511-1",
      unitId: "6",
    });
  });

  it("leaves blank what is not set: no subdistrict, no point, no unit", () => {
    const values = communityFormValues({
      name: "x",
      address: "",
      description: "",
      contactName: "",
      contactPhone: "",
      unitId: null,
      subdistrict: null,
      point: null,
    });
    expect(values).toEqual({ ...newCommunityValues, name: "x" });
  });
});
