// The scheduler's input as the database holds it: active units only, their own or the
// default times, preferences and blackouts, last year's PUBLISHED duties and active pairs.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { buildRotationInput } from "@/lib/rotation/build-input";
import { createAdmin, createUnit } from "@/tests/factories";
import { createRotationSchedule, createRotationYear } from "@/tests/factories/rotation";

describe("buildRotationInput", () => {
  it("reads active units, settings, last year's published duties and pairs", async () => {
    const admin = await createAdmin();
    const previous = await createRotationYear();
    const current = await createRotationYear({ dutyMonths: [12, 3, 1], defaultTimes: 1 });
    expect(current.year).toBe(previous.year + 1);
    const a = await createUnit({ category: "FINANCIAL_INSTITUTION" });
    const b = await createUnit();
    const withdrawn = await createUnit({ status: "WITHDRAWN" });
    await db.rotationUnitSetting.create({
      data: { year: current.year, unitId: a.id, times: 2, preferences: [3, 1], blackouts: [12] },
    });
    await createRotationSchedule(previous.year, admin.id, [{ unitId: a.id, month: 7 }]);
    await createRotationSchedule(previous.year, admin.id, [{ unitId: a.id, month: 8 }], "DRAFT");
    await db.rotationPair.createMany({
      data: [
        { year: current.year, unitAId: a.id, unitBId: b.id },
        { year: current.year, unitAId: a.id, unitBId: withdrawn.id },
      ],
    });

    const built = await buildRotationInput(db, current.year);
    expect(built?.input.dutyMonths).toEqual([1, 3, 12]);
    expect(built?.input.pairs).toEqual([[a.id, b.id]]);
    const units = built!.input.units;
    expect(units.some((unit) => unit.unitId === withdrawn.id)).toBe(false);
    expect(units.find((unit) => unit.unitId === a.id)).toEqual({
      unitId: a.id,
      category: "FINANCIAL_INSTITUTION",
      times: 2,
      preferences: [3, 1],
      blackouts: [12],
      lastYearMonths: [7],
    });
    expect(units.find((unit) => unit.unitId === b.id)).toMatchObject({
      times: 1,
      preferences: [],
      blackouts: [],
      lastYearMonths: [],
    });
    expect(built?.unitNames.get(a.id)).toBe(a.name);
    expect(await buildRotationInput(db, 9999)).toBeNull();
  });
});
