import { describe, expect, it } from "vitest";
import { maxSearchLength, parseCommunitySearch } from "./search";

describe("parseCommunitySearch", () => {
  it("keeps a plain search, trimmed", () => {
    expect(parseCommunitySearch("  朝阳 ")).toBe("朝阳");
  });

  it("ignores what no search box sends", () => {
    expect(parseCommunitySearch(undefined)).toBe("");
    expect(parseCommunitySearch(["a", "b"])).toBe("");
    expect(parseCommunitySearch("x".repeat(maxSearchLength + 1))).toBe("");
    expect(parseCommunitySearch("a\u0000b")).toBe("");
  });
});
