import { describe, expect, it } from "vitest";
import { entryRefs } from "./kinds";
import { intIds, intPairs } from "./records/types";
import { entryRecordRefs, referencedIds } from "./refs";

describe("entryRecordRefs", () => {
  it("collects the record, its unit and the ids its JSON names, for one batched lookup per kind", () => {
    expect(
      entryRecordRefs({
        entity: "Pairing",
        entityId: "8",
        unitId: 3,
        before: { unitIds: [3, 4], version: 2 },
        after: { unitIds: [3, 4, 5], reason: "扩大", communityId: 11, decidedById: "7" },
      }),
    ).toEqual([
      { kind: "Pairing", id: "8" },
      { kind: "Unit", id: "3" },
      { kind: "Unit", id: "3" },
      { kind: "Unit", id: "4" },
      { kind: "Unit", id: "3" },
      { kind: "Unit", id: "4" },
      { kind: "Unit", id: "5" },
      { kind: "Community", id: "11" },
      { kind: "User", id: "7" },
    ]);
  });

  it("names nothing for a kind it does not know, and splits a reminder run's surveys", () => {
    expect(entryRefs("Spreadsheet", "1")).toEqual([]);
    expect(entryRefs("Survey", "3,5")).toEqual([
      { kind: "Survey", id: "3" },
      { kind: "Survey", id: "5" },
    ]);
    // Rotation reminders are filed under months: one label, not ids.
    expect(entryRefs("RotationReminder", "2026-03,2026-04")).toEqual([
      { kind: "RotationReminder", id: "2026-03,2026-04" },
    ]);
  });
});

describe("id parsing", () => {
  it("takes only what can be a database id", () => {
    expect(referencedIds([3, "4", -1, 0, 1.5, "x", null])).toEqual(["3", "4"]);
    expect(referencedIds({ id: 3 })).toEqual([]);
    expect(intIds(["1", "1", "0", "2147483648", "12a", "2147483647"])).toEqual([1, 2147483647]);
    expect(intPairs(["5:5", "5:12", "5", "a:1", "1:2:3"])).toEqual([
      [5, 5],
      [5, 12],
    ]);
  });
});
