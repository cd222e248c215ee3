import { describe, expect, it } from "vitest";
import { parseCommunityId } from "./community-id";

describe("parseCommunityId", () => {
  it("reads a plain positive id", () => {
    expect(parseCommunityId("12")).toBe(12);
  });

  it.each(["0", "-1", "1.0", "abc", "012", "", "9999999999"])("refuses %s", (value) => {
    expect(parseCommunityId(value)).toBeNull();
  });
});
