import { describe, expect, it } from "vitest";
import { groupStartPages, pageOf, pageParamSchema } from "./paging";

describe("pageOf", () => {
  it("puts an empty or short list on one page", () => {
    expect(pageOf(0, 1, 60)).toEqual({ page: 1, pageCount: 1, skip: 0, take: 60 });
    expect(pageOf(59, 1, 60)).toEqual({ page: 1, pageCount: 1, skip: 0, take: 60 });
  });

  it("starts each later page after the rows of the earlier ones", () => {
    expect(pageOf(61, 2, 60)).toEqual({ page: 2, pageCount: 2, skip: 60, take: 60 });
    expect(pageOf(600, 10, 60)).toEqual({ page: 10, pageCount: 10, skip: 540, take: 60 });
  });

  it("refuses pages past the last and pages that are not positive integers", () => {
    expect(pageOf(60, 2, 60)).toBeNull();
    expect(pageOf(0, 2, 60)).toBeNull();
    expect(pageOf(100, 0, 60)).toBeNull();
    expect(pageOf(100, 1.5, 60)).toBeNull();
  });
});

describe("groupStartPages", () => {
  it("puts every group on page 1 when the list fits on one page", () => {
    const groups = [
      { key: 3, count: 10 },
      { key: 7, count: 20 },
    ];
    expect([...groupStartPages(groups, 60)]).toEqual([
      [3, 1],
      [7, 1],
    ]);
  });

  it("starts a group on the page that holds its first row", () => {
    const groups = [
      { key: "a", count: 59 },
      { key: "b", count: 1 },
      { key: "c", count: 70 },
      { key: "d", count: 5 },
    ];
    // b is row 60 (page 1); c starts at row 61 (page 2); d at row 131 (page 3).
    expect([...groupStartPages(groups, 60)]).toEqual([
      ["a", 1],
      ["b", 1],
      ["c", 2],
      ["d", 3],
    ]);
  });
});

describe("pageParamSchema", () => {
  it("reads pages from 2 written without leading zeros", () => {
    expect(pageParamSchema.parse("2")).toBe(2);
    expect(pageParamSchema.parse("9999")).toBe(9999);
  });

  it("refuses page 1 (the bare address), zero padding, junk and huge numbers", () => {
    for (const raw of ["1", "0", "02", "2a", "-3", "10000", ""]) {
      expect(pageParamSchema.safeParse(raw).success).toBe(false);
    }
  });
});
