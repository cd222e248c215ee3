// Rotation settings: a year's duty months, default times, deadline; per-unit times; pairs.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import {
  addRotationPair,
  removeRotationPair,
  saveRotationUnitTimes,
  saveRotationYear,
} from "@/lib/rotation/admin/actions";
import { createAdmin, createUnit } from "@/tests/factories";
import { createRotationYear } from "@/tests/factories/rotation";
import { settingsFields } from "@/tests/factories/rotation-admin";
import { actAs, formData } from "@/tests/integration/helpers/session";

// A year no other test in this file uses.
let nextYear = 2100 + Math.floor(Math.random() * 800);

describe("saveRotationYear", () => {
  it("creates the settings, then updates them with the current version only, and audits", async () => {
    actAs(await createAdmin());
    const year = (nextYear += 1);
    const created = await saveRotationYear(
      initialFormState,
      formData(settingsFields(year, { preferenceDeadline: "2030-01-15" })),
    );
    expect(created).toMatchObject({ ok: true, message: { key: "rotation.admin.settingsSaved" } });
    const row = await db.rotationYear.findUniqueOrThrow({ where: { year } });
    expect(row).toMatchObject({
      dutyMonths: [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      defaultTimes: 1,
      version: 0,
    });
    expect(row.preferenceDeadline?.toISOString().slice(0, 10)).toBe("2030-01-15");

    const updated = await saveRotationYear(
      initialFormState,
      formData(settingsFields(year, { dutyMonths: ["12", "3"], defaultTimes: 2, version: 0 })),
    );
    expect(updated.ok).toBe(true);
    expect(await db.rotationYear.findUniqueOrThrow({ where: { year } })).toMatchObject({
      dutyMonths: [3, 12],
      defaultTimes: 2,
      preferenceDeadline: null,
      version: 1,
    });
    const stale = await saveRotationYear(
      initialFormState,
      formData(settingsFields(year, { defaultTimes: 3, version: 0 })),
    );
    expect(stale.message?.key).toBe("rotation.admin.errors.stale");
    expect((await db.rotationYear.findUniqueOrThrow({ where: { year } })).defaultTimes).toBe(2);
    const again = await saveRotationYear(initialFormState, formData(settingsFields(year)));
    expect(again.fieldErrors?.year?.[0]?.key).toBe("rotation.admin.errors.yearExists");
    expect(
      await db.auditLog.findMany({
        where: { entity: "RotationYear", entityId: String(year) },
        select: { action: true },
      }),
    ).toEqual(
      expect.arrayContaining([{ action: "rotation.createSettings" }, { action: "rotation.updateSettings" }]),
    );
  });

  it("refuses 13 times, no duty month, a month twice and a bad date, storing nothing", async () => {
    actAs(await createAdmin());
    const year = (nextYear += 1);
    const thirteen = await saveRotationYear(
      initialFormState,
      formData(settingsFields(year, { defaultTimes: 13 })),
    );
    expect(thirteen.ok).toBe(false);
    expect(thirteen.fieldErrors?.defaultTimes?.[0]?.key).toBe("rotation.admin.errors.timesTooMany");
    expect(thirteen.values?.defaultTimes).toBe("13");
    const none = await saveRotationYear(initialFormState, formData(settingsFields(year, { dutyMonths: [] })));
    expect(none.fieldErrors?.dutyMonths?.[0]?.key).toBe("rotation.admin.errors.dutyMonthsRequired");
    const twice = await saveRotationYear(
      initialFormState,
      formData(settingsFields(year, { dutyMonths: ["3", "3"] })),
    );
    expect(twice.fieldErrors?.dutyMonths?.[0]?.key).toBe("rotation.admin.errors.monthTwice");
    const month13 = await saveRotationYear(
      initialFormState,
      formData(settingsFields(year, { dutyMonths: ["13"] })),
    );
    expect(month13.ok).toBe(false);
    const date = await saveRotationYear(
      initialFormState,
      formData(settingsFields(year, { preferenceDeadline: "2030-02-30" })),
    );
    expect(date.fieldErrors?.preferenceDeadline?.[0]?.key).toBe("core.validation.date");
    expect(await db.rotationYear.count({ where: { year } })).toBe(0);
  });
});

describe("saveRotationUnitTimes", () => {
  it("sets and clears a unit's own times, refuses 13 and inactive units", async () => {
    actAs(await createAdmin());
    const { year } = await createRotationYear();
    const unit = await createUnit();
    const set = await saveRotationUnitTimes(initialFormState, formData({ year, unitId: unit.id, times: 2 }));
    expect(set.ok).toBe(true);
    const key = { year_unitId: { year, unitId: unit.id } };
    expect(await db.rotationUnitSetting.findUniqueOrThrow({ where: key })).toMatchObject({ times: 2 });
    await saveRotationUnitTimes(initialFormState, formData({ year, unitId: unit.id, times: "" }));
    expect(await db.rotationUnitSetting.findUniqueOrThrow({ where: key })).toMatchObject({
      times: null,
      version: 1,
    });
    const thirteen = await saveRotationUnitTimes(
      initialFormState,
      formData({ year, unitId: unit.id, times: 13 }),
    );
    expect(thirteen.fieldErrors?.times?.[0]?.key).toBe("rotation.admin.errors.timesTooMany");
    const withdrawn = await createUnit({ status: "WITHDRAWN" });
    const inactive = await saveRotationUnitTimes(
      initialFormState,
      formData({ year, unitId: withdrawn.id, times: 1 }),
    );
    expect(inactive.message?.key).toBe("rotation.admin.errors.unitNotActive");
    const missing = await saveRotationUnitTimes(
      initialFormState,
      formData({ year: 9999, unitId: unit.id, times: 1 }),
    );
    expect(missing.message?.key).toBe("rotation.admin.errors.yearMissing");
    expect(await db.rotationUnitSetting.count({ where: { year } })).toBe(1);
  });
});

describe("rotation pairs", () => {
  it("stores a pair ordered, refuses duplicates in either order, the same unit and inactive units", async () => {
    actAs(await createAdmin());
    const { year } = await createRotationYear();
    const a = await createUnit();
    const b = await createUnit();
    const added = await addRotationPair(initialFormState, formData({ year, unitAId: b.id, unitBId: a.id }));
    expect(added.ok).toBe(true);
    const pair = await db.rotationPair.findUniqueOrThrow({ where: { id: Number(added.data?.id) } });
    expect(pair).toMatchObject({ year, unitAId: Math.min(a.id, b.id), unitBId: Math.max(a.id, b.id) });

    for (const [first, second] of [
      [a.id, b.id],
      [b.id, a.id],
    ]) {
      const duplicate = await addRotationPair(
        initialFormState,
        formData({ year, unitAId: first, unitBId: second }),
      );
      expect(duplicate.fieldErrors?.unitBId?.[0]?.key).toBe("rotation.admin.errors.pairExists");
    }
    const same = await addRotationPair(initialFormState, formData({ year, unitAId: a.id, unitBId: a.id }));
    expect(same.fieldErrors?.unitBId?.[0]?.key).toBe("rotation.admin.errors.pairSameUnit");
    const suspended = await createUnit({ status: "SUSPENDED" });
    const inactive = await addRotationPair(
      initialFormState,
      formData({ year, unitAId: a.id, unitBId: suspended.id }),
    );
    expect(inactive.fieldErrors?.unitBId?.[0]?.key).toBe("rotation.admin.errors.unitNotActive");
    expect(await db.rotationPair.count({ where: { year } })).toBe(1);

    const removed = await removeRotationPair(initialFormState, formData({ pairId: pair.id }));
    expect(removed.ok).toBe(true);
    expect(await db.rotationPair.count({ where: { year } })).toBe(0);
    const gone = await removeRotationPair(initialFormState, formData({ pairId: pair.id }));
    expect(gone.message?.key).toBe("rotation.admin.errors.pairMissing");
    expect(await db.auditLog.count({ where: { entity: "RotationPair", entityId: String(pair.id) } })).toBe(2);
  });
});
