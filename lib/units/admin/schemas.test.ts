import { describe, expect, it } from "vitest";
import { fieldErrorsFrom } from "@/lib/core/forms/form-state";
import { isCalendarDate, unitSchema, updateUnitSchema, withdrawSchema } from "./schemas";

const valid = {
  name: "镇江测试单位团委",
  shortName: "测试单位",
  slug: "test-unit",
  category: "STATE_ENTERPRISE",
  orgType: "COMMITTEE",
  joinedOn: "2023-02-21",
};

describe("unit schema", () => {
  it("accepts a minimal unit and fills the optional fields", () => {
    const unit = unitSchema.parse({ ...valid, inDistrict: "on" });
    expect(unit).toMatchObject({ inDistrict: true, contactPhonePublic: false, isDemo: false, intro: "" });
    expect(unit.joinedOn).toEqual(new Date("2023-02-21T00:00:00Z"));
  });

  it("refuses days that do not exist, which JavaScript would roll over", () => {
    expect(isCalendarDate("2023-02-30")).toBe(false);
    expect(isCalendarDate("2024-02-29")).toBe(true);
    const result = unitSchema.safeParse({ ...valid, joinedOn: "2023-02-30" });
    expect(result.success).toBe(false);
    expect(fieldErrorsFrom(result.error!).joinedOn).toEqual([{ key: "core.validation.date" }]);
  });

  it("reports each bad field with its catalog key", () => {
    const result = unitSchema.safeParse({
      ...valid,
      slug: "Bad Slug",
      category: "NOPE",
      name: "x".repeat(121),
    });
    const errors = fieldErrorsFrom(result.error!);
    expect(errors.slug).toEqual([{ key: "core.validation.slug" }]);
    expect(errors.category).toEqual([{ key: "core.validation.choice" }]);
    expect(errors.name).toEqual([{ key: "core.validation.tooLong", values: { maximum: 120 } }]);
  });

  it("needs the version (an ISO timestamp) to edit", () => {
    expect(updateUnitSchema.safeParse({ ...valid, id: "3" }).success).toBe(false);
    expect(
      updateUnitSchema.safeParse({ ...valid, id: "3", version: "2024-01-01T00:00:00.000Z" }).success,
    ).toBe(true);
  });

  it("asks for the box confirming that withdrawal is final", () => {
    const input = { id: "3", fromStatus: "ACTIVE", reason: "不再参加", effectiveOn: "2024-01-01" };
    const result = withdrawSchema.safeParse(input);
    expect(fieldErrorsFrom(result.error!).confirmFinal).toEqual([
      { key: "units.admin.lifecycle.confirmFinalRequired" },
    ]);
    expect(withdrawSchema.safeParse({ ...input, confirmFinal: "on" }).success).toBe(true);
  });
});
