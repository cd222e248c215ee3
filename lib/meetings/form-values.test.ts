import { describe, expect, it } from "vitest";
import { describePlace, diffInvitations, isWebUrl, remindedRecently } from "./form-values";

describe("isWebUrl", () => {
  it("accepts http and https links only", () => {
    expect(isWebUrl("https://meeting.tencent.com/dm/abc")).toBe(true);
    expect(isWebUrl("http://example.org")).toBe(true);
    expect(isWebUrl("javascript:alert(1)")).toBe(false);
    expect(isWebUrl("ftp://example.org")).toBe(false);
    expect(isWebUrl("meeting room 3")).toBe(false);
  });
});

describe("diffInvitations", () => {
  it("splits the wanted list into added, removed and kept units", () => {
    expect(diffInvitations([1, 2, 3], [2, 3, 4, 4])).toEqual({ added: [4], removed: [1], kept: [2, 3] });
    expect(diffInvitations([], [5])).toEqual({ added: [5], removed: [], kept: [] });
  });
});

describe("remindedRecently", () => {
  const now = new Date("2026-12-01T08:00:00Z");
  it("is true for less than an hour since the last reminder", () => {
    expect(remindedRecently(null, now)).toBe(false);
    expect(remindedRecently(new Date("2026-12-01T07:30:00Z"), now)).toBe(true);
    expect(remindedRecently(new Date("2026-12-01T07:00:00Z"), now)).toBe(false);
  });
});

describe("describePlace", () => {
  it("joins venue, address and the online label, skipping blanks", () => {
    expect(
      describePlace({ venue: { name: "报告厅" }, place: "3楼", onlineUrl: "https://x.org" }, "线上"),
    ).toBe("报告厅 · 3楼 · 线上");
    expect(describePlace({ venue: null, place: " ", onlineUrl: null }, "线上")).toBe("");
  });
});
