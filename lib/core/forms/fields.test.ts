import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkbox, id, isoDate, mobile, newPassword, optionalText, text, toIdList } from "./fields";
import { fieldErrorsFrom } from "./form-state";

function errorsOf(schema: z.ZodType, value: unknown) {
  const result = z.object({ field: schema }).safeParse({ field: value });
  return result.success ? [] : (fieldErrorsFrom(result.error).field ?? []);
}

describe("shared form fields", () => {
  it("trims text and reports blank text as required", () => {
    expect(text(10).parse("  abc ")).toBe("abc");
    expect(errorsOf(text(10), "   ")).toEqual([{ key: "core.validation.required" }]);
    expect(errorsOf(text(10), undefined)).toEqual([{ key: "core.validation.required" }]);
  });

  it("reports over-long text with its limit", () => {
    expect(errorsOf(text(5), "abcdefg")).toEqual([
      { key: "core.validation.tooLong", values: { maximum: 5 } },
    ]);
  });

  it("refuses control characters but keeps newlines", () => {
    expect(errorsOf(text(50), "a\u0000b")).toEqual([{ key: "core.validation.controlCharacters" }]);
    expect(text(50).parse("line 1\nline 2")).toBe("line 1\nline 2");
  });

  it("turns a missing optional text into an empty string", () => {
    expect(optionalText(10).parse(undefined)).toBe("");
  });

  it("normalises mobile numbers and refuses others", () => {
    expect(mobile.parse("138 0000-1234")).toBe("13800001234");
    expect(errorsOf(mobile, "12345")).toEqual([{ key: "core.validation.mobile" }]);
  });

  it("reads checkboxes and ids from form strings", () => {
    expect(checkbox.parse("on")).toBe(true);
    expect(checkbox.parse(undefined)).toBe(false);
    expect(id.parse("42")).toBe(42);
    expect(errorsOf(id, "abc").length).toBe(1);
    expect(errorsOf(id, "99999999999").length).toBe(1);
  });

  it("parses calendar dates as UTC midnight and refuses impossible ones", () => {
    expect(isoDate.parse("2023-03-10").toISOString()).toBe("2023-03-10T00:00:00.000Z");
    expect(errorsOf(isoDate, "2023-13-45")).toEqual([{ key: "core.validation.date" }]);
    expect(errorsOf(isoDate, "2023-02-30")).toEqual([{ key: "core.validation.date" }]);
  });

  it("asks for passwords with letters and digits", () => {
    expect(errorsOf(newPassword, "short1")).toEqual([{ key: "core.validation.passwordWeak" }]);
    expect(errorsOf(newPassword, "onlyletterslong")).toEqual([{ key: "core.validation.passwordWeak" }]);
    expect(newPassword.parse("Letters12345")).toBe("Letters12345");
  });
});

describe("toIdList", () => {
  it("turns absent, single and repeated checkbox values into a list", () => {
    expect(toIdList(undefined)).toEqual([]);
    expect(toIdList("")).toEqual([]);
    expect(toIdList("3")).toEqual(["3"]);
    expect(toIdList(["3", "4"])).toEqual(["3", "4"]);
  });
});
