import { describe, expect, it } from "vitest";
import { picker, seededRandom } from "./random";

describe("seeded random", () => {
  it("repeats its sequence for a seed and stays in [0, 1)", () => {
    const a = seededRandom(14);
    const b = seededRandom(14);
    const first = Array.from({ length: 50 }, a);
    expect(Array.from({ length: 50 }, b)).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(seededRandom(15)()).not.toBe(first[0]);
  });

  it("picks integers in range and samples without repeats", () => {
    const { int, sample } = picker(seededRandom(1));
    const ints = Array.from({ length: 200 }, () => int(3, 5));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5]));
    const drawn = sample([1, 2, 3, 4, 5], 3);
    expect(new Set(drawn).size).toBe(3);
    expect(sample([1, 2], 5)).toHaveLength(2);
  });
});
