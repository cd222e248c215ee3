import { describe, expect, it } from "vitest";
import { generateReference, normaliseReference, referenceAlphabet, referencePattern } from "./reference";

describe("generateReference", () => {
  it("starts with RZ and the two-digit Beijing year, then 6 unambiguous characters", () => {
    // 2025-12-31 17:00 UTC is already 2026-01-01 in Beijing.
    const reference = generateReference(new Date("2025-12-31T17:00:00Z"));
    expect(reference).toMatch(/^RZ26-[A-Z2-9]{6}$/);
    expect(reference).toMatch(referencePattern);
  });

  it("never uses characters that are easily confused (0, O, 1, I, L)", () => {
    const sample = Array.from({ length: 500 }, () => generateReference().slice(5)).join("");
    expect(sample).not.toMatch(/[01OIL]/);
    expect(new Set(sample).size).toBeGreaterThan(referenceAlphabet.length - 3);
  });

  it("is practically unique across many draws", () => {
    const draws = new Set(Array.from({ length: 2000 }, () => generateReference()));
    expect(draws.size).toBeGreaterThan(1995);
  });
});

describe("normaliseReference", () => {
  it("accepts lower case and stray spaces", () => {
    expect(normaliseReference(" rz26-7k3q x9 ")).toBe("RZ26-7K3QX9");
  });

  it.each(["", "RZ26-7K3QX", "RZ26-7K3QX0", "XX26-7K3QX9", "RZ26-7K3QX9A"])("rejects %j", (input) => {
    expect(normaliseReference(input)).toBeNull();
  });
});
