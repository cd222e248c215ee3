import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { createUnit, updateUnit } from "@/lib/units/admin/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createAdmin, createUnit as createUnitRecord } from "@/tests/factories";
import { actAs, formData } from "@/tests/integration/helpers/session";
import { unitFields } from "./unit-form";

async function signedInAdmin() {
  const admin = await createAdmin();
  actAs(admin);
  return admin;
}

function editFields(
  unit: { id: number; updatedAt: Date },
  overrides: Record<string, string | undefined> = {},
) {
  return formData({ ...unitFields(overrides), id: unit.id, version: unit.updatedAt.toISOString() });
}

describe("creating a unit", () => {
  it("creates an active unit with every field and an audit record", async () => {
    const admin = await signedInAdmin();
    const fields = unitFields();
    const state = await createUnit(initialFormState, formData(fields));
    expect(state).toMatchObject({ ok: true, message: { key: "units.admin.created" } });
    const unit = await db.unit.findUniqueOrThrow({ where: { id: Number(state.data?.id) } });
    expect(unit).toMatchObject({
      name: fields.name,
      slug: fields.slug,
      category: "FINANCIAL_INSTITUTION",
      orgType: "BRANCH",
      inDistrict: true,
      contactPhonePublic: true,
      isDemo: false,
      status: "ACTIVE",
      joinedOn: new Date("2024-03-01T00:00:00Z"),
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "unit.create", entityId: String(unit.id) },
    });
    expect(audit).toMatchObject({ actorId: admin.id, unitId: unit.id });
  });

  it("refuses a name or slug another unit has, next to that field, and creates nothing", async () => {
    await signedInAdmin();
    const existing = await createUnitRecord();
    const sameName = await createUnit(initialFormState, formData(unitFields({ name: existing.name })));
    expect(sameName.ok).toBe(false);
    expect(sameName.fieldErrors?.name).toEqual([{ key: "units.admin.nameTaken" }]);
    const sameSlug = await createUnit(initialFormState, formData(unitFields({ slug: existing.slug })));
    expect(sameSlug.fieldErrors?.slug).toEqual([{ key: "units.admin.slugTaken" }]);
    expect(sameSlug.values?.slug).toBe(existing.slug);
    expect(await db.unit.count({ where: { OR: [{ name: existing.name }, { slug: existing.slug }] } })).toBe(
      1,
    );
  });

  it("reports an invalid slug and a missing joining date per field", async () => {
    await signedInAdmin();
    const state = await createUnit(
      initialFormState,
      formData(unitFields({ slug: "Not A Slug", joinedOn: "" })),
    );
    expect(state.fieldErrors?.slug).toEqual([{ key: "core.validation.slug" }]);
    expect(state.fieldErrors?.joinedOn).toEqual([{ key: "core.validation.date" }]);
  });

  it("maps a race on the unique name index to the same field message", async () => {
    await signedInAdmin();
    const fields = unitFields();
    const [first, second] = await Promise.all([
      createUnit(initialFormState, formData(fields)),
      createUnit(initialFormState, formData({ ...fields, slug: `${fields.slug}-b` })),
    ]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    const loser = first.ok ? second : first;
    expect(loser.fieldErrors?.name).toEqual([{ key: "units.admin.nameTaken" }]);
  });
});

describe("editing a unit", () => {
  it("saves the changes, returns the new version and audits what changed", async () => {
    const admin = await signedInAdmin();
    const unit = await createUnitRecord();
    const state = await updateUnit(
      initialFormState,
      editFields(unit, { shortName: "改后简称", inDistrict: undefined }),
    );
    expect(state).toMatchObject({ ok: true, message: { key: "units.admin.saved" } });
    const saved = await db.unit.findUniqueOrThrow({ where: { id: unit.id } });
    expect(saved).toMatchObject({ shortName: "改后简称", inDistrict: false });
    expect(state.data?.version).toBe(saved.updatedAt.toISOString());
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "unit.update", entityId: String(unit.id) },
    });
    expect(audit.actorId).toBe(admin.id);
    expect(audit.before).toMatchObject({ shortName: unit.shortName, inDistrict: true });
    expect(audit.after).toMatchObject({ shortName: "改后简称", inDistrict: false });
  });

  it("refuses a stale save and overwrites nothing", async () => {
    await signedInAdmin();
    const unit = await createUnitRecord();
    const first = await updateUnit(initialFormState, editFields(unit, { shortName: "第一位管理员" }));
    expect(first.ok).toBe(true);
    // The second admin opened the form before the first saved: same, now old, version.
    const second = await updateUnit(initialFormState, editFields(unit, { shortName: "第二位管理员" }));
    expect(second).toMatchObject({ ok: false, message: { key: "core.errors.staleVersion" } });
    expect(second.values?.shortName).toBe("第二位管理员");
    expect((await db.unit.findUniqueOrThrow({ where: { id: unit.id } })).shortName).toBe("第一位管理员");
    expect(await db.auditLog.count({ where: { action: "unit.update", entityId: String(unit.id) } })).toBe(1);
  });

  it("lets exactly one of two simultaneous saves of the same version win", async () => {
    await signedInAdmin();
    const unit = await createUnitRecord();
    const results = await Promise.all(
      ["甲", "乙"].map((who) => updateUnit(initialFormState, editFields(unit, { shortName: `同时${who}` }))),
    );
    expect(results.filter((state) => state.ok)).toHaveLength(1);
    expect(results.find((state) => !state.ok)?.message).toEqual({ key: "core.errors.staleVersion" });
  });

  it("refuses taking another unit's name or slug, but keeps its own", async () => {
    await signedInAdmin();
    const [unit, other] = [await createUnitRecord(), await createUnitRecord()];
    const taken = await updateUnit(initialFormState, editFields(unit, { slug: other.slug }));
    expect(taken.fieldErrors?.slug).toEqual([{ key: "units.admin.slugTaken" }]);
    const own = await updateUnit(initialFormState, editFields(unit, { name: unit.name, slug: unit.slug }));
    expect(own.ok).toBe(true);
  });

  it("says so when the unit does not exist", async () => {
    await signedInAdmin();
    const state = await updateUnit(
      initialFormState,
      formData({ ...unitFields(), id: 2_000_000_000, version: new Date().toISOString() }),
    );
    expect(state.message).toEqual({ key: "units.admin.notFound" });
  });
});
