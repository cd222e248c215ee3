// Generating a draft: the stored schedule keeps every hard rule and carries its cost; an
// infeasible input stores nothing and says why; two admins at once end with one draft.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState, type MessageDescriptor } from "@/lib/core/forms/form-state";
import { generateRotationDraft } from "@/lib/rotation/admin/actions";
import { createAdmin, createUnit } from "@/tests/factories";
import { createRotationSchedule, createRotationYear } from "@/tests/factories/rotation";
import { brokenHardRules, versionsOf } from "@/tests/factories/rotation-admin";
import { actAs, formData } from "@/tests/integration/helpers/session";

describe("generateRotationDraft", () => {
  it("creates draft No. 1 that keeps the hard rules, with its cost, and audits", async () => {
    const admin = await createAdmin();
    actAs(admin);
    const units = [
      await createUnit(),
      await createUnit({ category: "FINANCIAL_INSTITUTION" }),
      await createUnit(),
    ];
    const { year } = await createRotationYear({ dutyMonths: [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] });
    await db.rotationUnitSetting.create({
      data: { year, unitId: units[0]!.id, preferences: [5, 6], blackouts: [1, 3, 4, 7, 8, 9, 10, 11, 12] },
    });
    await db.rotationUnitSetting.create({ data: { year, unitId: units[1]!.id, times: 2 } });

    const state = await generateRotationDraft(initialFormState, formData({ year }));
    expect(state).toMatchObject({
      ok: true,
      message: { key: "rotation.admin.generated" },
      data: { number: 1 },
    });
    const [draft] = await versionsOf(year);
    expect(draft).toMatchObject({ number: 1, status: "DRAFT", basedOnNumber: null });
    expect(await brokenHardRules(year, draft!.id)).toEqual([]);
    const stored = await db.rotationSchedule.findUniqueOrThrow({ where: { id: draft!.id } });
    expect(stored.createdById).toBe(admin.id);
    const cost = stored.cost as { total: number; optimalTotal: number; units: unknown[] };
    expect(typeof cost.total).toBe("number");
    expect(cost.optimalTotal).toBe(cost.total);
    expect(cost.units.length).toBeGreaterThan(0);
    const mine = await db.rotationAssignment.findMany({
      where: { scheduleId: draft!.id, unitId: units[0]!.id },
    });
    expect(mine.map((duty) => duty.month).every((month) => [5, 6].includes(month))).toBe(true);
    expect(
      await db.rotationAssignment.count({ where: { scheduleId: draft!.id, unitId: units[1]!.id } }),
    ).toBe(2);
    expect(
      await db.auditLog.count({ where: { action: "rotation.generateDraft", entityId: String(draft!.id) } }),
    ).toBe(1);
  });

  it("stores nothing when the rules cannot hold, and names the units and months why", async () => {
    actAs(await createAdmin());
    const unit = await createUnit();
    const { year } = await createRotationYear({ dutyMonths: [3], defaultTimes: 2 });
    const before = await db.auditLog.count();
    const state = await generateRotationDraft(initialFormState, formData({ year }));
    expect(state.ok).toBe(false);
    expect(state.message?.key).toBe("rotation.admin.errors.infeasible");
    const reasons = JSON.parse(String(state.data?.reasons)) as MessageDescriptor[];
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.every((reason) => reason.key.startsWith("rotation.admin.infeasible."))).toBe(true);
    expect(JSON.stringify(reasons)).toContain(unit.name);
    expect(await db.rotationSchedule.count({ where: { year } })).toBe(0);
    expect(await db.auditLog.count()).toBe(before);
  });

  it("replaces a seen draft only when confirmed; the old one stays as discarded", async () => {
    actAs(await createAdmin());
    await createUnit();
    const { year } = await createRotationYear();
    await generateRotationDraft(initialFormState, formData({ year }));
    const unconfirmed = await generateRotationDraft(initialFormState, formData({ year, knownDraft: 1 }));
    expect(unconfirmed.fieldErrors?.replaceDraft?.[0]?.key).toBe("rotation.admin.errors.confirmReplace");
    const unseen = await generateRotationDraft(initialFormState, formData({ year, replaceDraft: "on" }));
    expect(unseen.message?.key).toBe("rotation.admin.errors.draftJustGenerated");
    expect((await versionsOf(year)).map((version) => version.status)).toEqual(["DRAFT"]);

    const replaced = await generateRotationDraft(
      initialFormState,
      formData({ year, knownDraft: 1, replaceDraft: "on" }),
    );
    expect(replaced).toMatchObject({ ok: true, data: { number: 2 } });
    expect((await versionsOf(year)).map((version) => [version.number, version.status])).toEqual([
      [1, "DISCARDED"],
      [2, "DRAFT"],
    ]);
  });

  it("records the published version a draft is based on", async () => {
    const admin = await createAdmin();
    actAs(admin);
    const unit = await createUnit();
    const { year } = await createRotationYear();
    await createRotationSchedule(year, admin.id, [{ unitId: unit.id, month: 4 }]);
    const state = await generateRotationDraft(initialFormState, formData({ year }));
    expect(state.data?.number).toBe(2);
    expect((await versionsOf(year))[1]).toMatchObject({ status: "DRAFT", basedOnNumber: 1 });
  });

  it("ends with exactly one draft when two admins generate at once", async () => {
    actAs(await createAdmin());
    await createUnit();
    const { year } = await createRotationYear();
    const results = await Promise.all([
      generateRotationDraft(initialFormState, formData({ year })),
      generateRotationDraft(initialFormState, formData({ year })),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)?.message?.key).toBe(
      "rotation.admin.errors.draftJustGenerated",
    );
    expect(await db.rotationSchedule.count({ where: { year, status: "DRAFT" } })).toBe(1);
    expect(await db.rotationSchedule.count({ where: { year } })).toBe(1);
  });

  it("refuses a year without settings", async () => {
    actAs(await createAdmin());
    const state = await generateRotationDraft(initialFormState, formData({ year: 9999 }));
    expect(state.message?.key).toBe("rotation.admin.errors.yearMissing");
  });
});
