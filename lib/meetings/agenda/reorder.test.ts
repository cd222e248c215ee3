import { describe, expect, it } from "vitest";
import { moveInOrder, positionChanges, totalMinutes } from "./reorder";

describe("moveInOrder", () => {
  it("swaps an item with its neighbour", () => {
    expect(moveInOrder([1, 2, 3], 2, "up")).toEqual([2, 1, 3]);
    expect(moveInOrder([1, 2, 3], 2, "down")).toEqual([1, 3, 2]);
  });

  it("returns null at the ends and for an unknown item", () => {
    expect(moveInOrder([1, 2, 3], 1, "up")).toBeNull();
    expect(moveInOrder([1, 2, 3], 3, "down")).toBeNull();
    expect(moveInOrder([1, 2, 3], 9, "up")).toBeNull();
  });
});

describe("positionChanges", () => {
  it("lists only the rows whose position changes", () => {
    const current = [
      { id: 1, position: 0 },
      { id: 2, position: 1 },
      { id: 3, position: 2 },
    ];
    expect(positionChanges(current, [2, 1, 3])).toEqual([
      { id: 2, position: 0 },
      { id: 1, position: 1 },
    ]);
  });

  it("repairs gaps and duplicates into 0..n-1", () => {
    const current = [
      { id: 1, position: 0 },
      { id: 2, position: 0 },
      { id: 3, position: 7 },
    ];
    expect(positionChanges(current, [1, 2, 3])).toEqual([
      { id: 2, position: 1 },
      { id: 3, position: 2 },
    ]);
  });
});

describe("totalMinutes", () => {
  it("adds up the allotted time", () => {
    expect(totalMinutes([{ durationMinutes: 15 }, { durationMinutes: 30 }])).toBe(45);
    expect(totalMinutes([])).toBe(0);
  });
});
