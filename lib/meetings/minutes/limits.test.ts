import { describe, expect, it } from "vitest";
import { excessLength, maxMinutesLength } from "./limits";

describe("excessLength", () => {
  it("is 0 for texts up to the limit", () => {
    expect(excessLength("")).toBe(0);
    expect(excessLength("会".repeat(maxMinutesLength))).toBe(0);
  });

  it("counts the characters over the limit, e.g. a 5 MB paste", () => {
    expect(excessLength("a".repeat(maxMinutesLength + 1))).toBe(1);
    expect(excessLength("x".repeat(5_000_000))).toBe(5_000_000 - maxMinutesLength);
  });

  it("takes another limit", () => {
    expect(excessLength("abcd", 3)).toBe(1);
  });
});
