import { describe, expect, it } from "vitest";
import { parsePairingId, parseStatusFilter } from "./params";

describe("pairing page addresses", () => {
  it("reads a pairing id and nothing that is not one", () => {
    expect(parsePairingId("12")).toBe(12);
    for (const bad of ["0", "-1", "1.5", "abc", "012", "9999999999", ""])
      expect(parsePairingId(bad)).toBeNull();
  });

  it("reads a known status filter and ignores anything else", () => {
    expect(parseStatusFilter("PROPOSED")).toBe("PROPOSED");
    expect(parseStatusFilter("proposed")).toBeNull();
    expect(parseStatusFilter("toString")).toBeNull();
    expect(parseStatusFilter(["ACTIVE", "ENDED"])).toBeNull();
    expect(parseStatusFilter(undefined)).toBeNull();
  });
});
