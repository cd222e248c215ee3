// A secretary's ranked preferred months and blackout months for a rotation year.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { saveRotationPreferences } from "@/lib/rotation/preferences/actions";
import { createSecretary, createUnit } from "@/tests/factories";
import { createRotationYear } from "@/tests/factories/rotation";
import { actAs, formData } from "@/tests/integration/helpers/session";

async function secretaryWithYear(options: Parameters<typeof createRotationYear>[0] = {}) {
  const unit = await createUnit();
  const secretary = await createSecretary(unit.id);
  const year = await createRotationYear({ dutyMonths: [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], ...options });
  actAs(secretary);
  return { unit, secretary, year: year.year };
}

const save = (fields: Parameters<typeof formData>[0]) =>
  saveRotationPreferences(initialFormState, formData(fields));
const settingOf = (year: number, unitId: number) =>
  db.rotationUnitSetting.findUnique({ where: { year_unitId: { year, unitId } } });

describe("saveRotationPreferences", () => {
  it("creates, then updates the unit's inputs at the version shown, and audits both", async () => {
    const { unit, year } = await secretaryWithYear({ preferenceDeadline: new Date("2999-12-31") });
    const first = await save({
      year,
      version: 0,
      choice1: "7",
      choice2: "",
      choice3: "3",
      blackout: ["12", "1"],
    });
    expect(first).toMatchObject({ ok: true, message: { key: "rotation.unit.preferencesSaved" } });
    expect(await settingOf(year, unit.id)).toMatchObject({
      preferences: [7, 3],
      blackouts: [1, 12],
      version: 1,
    });

    const second = await save({ year, version: 1, choice1: "4" });
    expect(second.ok).toBe(true);
    expect(await settingOf(year, unit.id)).toMatchObject({ preferences: [4], blackouts: [], version: 2 });
    const audits = await db.auditLog.findMany({
      where: { action: "rotation.savePreferences", entityId: `${year}:${unit.id}` },
      orderBy: { id: "asc" },
    });
    expect(audits).toHaveLength(2);
    expect(audits[1]).toMatchObject({ before: { preferences: [7, 3] }, after: { preferences: [4] } });
  });

  it("refuses a stale version and changes nothing", async () => {
    const { unit, year } = await secretaryWithYear();
    await save({ year, version: 0, choice1: "5" });
    const stale = await save({ year, version: 0, choice1: "6" });
    expect(stale).toMatchObject({
      ok: false,
      message: { key: "rotation.unit.errors.stale" },
      values: { choice1: "6" },
    });
    expect(await settingOf(year, unit.id)).toMatchObject({ preferences: [5], version: 1 });
  });

  it("refuses after the deadline (Beijing date) with the date, and saves nothing", async () => {
    const { unit, year } = await secretaryWithYear({ preferenceDeadline: new Date("2020-03-31") });
    const late = await save({ year, version: 0, choice1: "5" });
    expect(late).toMatchObject({
      ok: false,
      message: { key: "rotation.unit.errors.deadlinePassed", values: { date: "2020-03-31" } },
    });
    expect(await settingOf(year, unit.id)).toBeNull();
    expect(await db.auditLog.count({ where: { action: "rotation.savePreferences", unitId: unit.id } })).toBe(
      0,
    );
  });

  it("ties a month named twice, a preferred blackout and a month without duty to the choice", async () => {
    const { unit, year } = await secretaryWithYear();
    const twice = await save({ year, version: 0, choice1: "5", choice2: "5" });
    expect(twice.fieldErrors?.choice2).toEqual([{ key: "rotation.unit.errors.monthTwice" }]);
    const blackout = await save({ year, version: 0, choice1: "5", blackout: "5" });
    expect(blackout.fieldErrors?.choice1).toEqual([{ key: "rotation.unit.errors.preferenceIsBlackout" }]);
    const noDuty = await save({ year, version: 0, choice1: "2" });
    expect(noDuty.fieldErrors?.choice1).toEqual([
      { key: "rotation.unit.errors.notDutyMonth", values: { month: 2 } },
    ]);
    const outOfRange = await save({ year, version: 0, choice1: "13" });
    expect(outOfRange.ok).toBe(false);
    expect(await settingOf(year, unit.id)).toBeNull();
  });

  it("refuses blackouts on every duty month, or leaving fewer months than the unit serves", async () => {
    const { unit, year } = await secretaryWithYear({ dutyMonths: [3, 4, 5], defaultTimes: 2 });
    const all = await save({ year, version: 0, blackout: ["3", "4", "5"] });
    expect(all).toMatchObject({ ok: false, message: { key: "rotation.unit.errors.blackoutEverything" } });
    const tooFew = await save({ year, version: 0, blackout: ["3", "4"] });
    expect(tooFew).toMatchObject({
      ok: false,
      message: { key: "rotation.unit.errors.tooFewAllowed", values: { allowed: 1, times: 2 } },
    });
    expect(tooFew.fieldErrors?.blackout).toBeDefined();
    expect(await settingOf(year, unit.id)).toBeNull();
  });

  it("refuses a year that does not exist", async () => {
    await secretaryWithYear();
    expect(await save({ year: 2999, version: 0, choice1: "5" })).toMatchObject({
      ok: false,
      message: { key: "rotation.unit.errors.yearNotFound" },
    });
  });
});
