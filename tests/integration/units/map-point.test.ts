// A unit's map point, set by its secretary (/my/unit) or an admin (/admin/units): both
// coordinates or neither, near Zhenjiang. The needs board measures distances from it.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createUnit as createUnitAction, updateUnit } from "@/lib/units/admin/actions";
import { updateMyUnitProfile } from "@/lib/units/self-service/actions";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { unitVersion } from "@/tests/factories/self-service";
import { actAs, formData } from "@/tests/integration/helpers/session";
import { unitFields } from "./admin/unit-form";

const pointOf = async (unitId: number) => {
  const unit = await db.unit.findUniqueOrThrow({
    where: { id: unitId },
    select: { latitude: true, longitude: true },
  });
  return { latitude: unit.latitude?.toNumber() ?? null, longitude: unit.longitude?.toNumber() ?? null };
};

async function secretaryOfNewUnit() {
  const unit = await createUnit();
  actAs(await createSecretary(unit.id));
  return unit;
}

const profileFields = async (unitId: number, point: Record<string, string>) => ({
  intro: "简介",
  address: "润州区",
  version: await unitVersion(unitId),
  ...point,
});

describe("the secretary sets the unit's map point", () => {
  it("saves both coordinates, and clears them when both are blank", async () => {
    const unit = await secretaryOfNewUnit();
    const saved = await updateMyUnitProfile(
      initialFormState,
      formData(await profileFields(unit.id, { latitude: "32.204", longitude: "119.455" })),
    );
    expect(saved.ok, JSON.stringify(saved)).toBe(true);
    expect(await pointOf(unit.id)).toEqual({ latitude: 32.204, longitude: 119.455 });
    const cleared = await updateMyUnitProfile(
      initialFormState,
      formData(await profileFields(unit.id, { latitude: "", longitude: "" })),
    );
    expect(cleared.ok).toBe(true);
    expect(await pointOf(unit.id)).toEqual({ latitude: null, longitude: null });
  });

  it.each([
    ["only a latitude", { latitude: "32.2", longitude: "" }, "longitude", "core.validation.pointBoth"],
    [
      "a point outside the Zhenjiang area",
      { latitude: "39.9", longitude: "116.4" },
      "latitude",
      "core.validation.latitude",
    ],
  ])("refuses %s and keeps the unit as it was", async (_name, point, field, key) => {
    const unit = await secretaryOfNewUnit();
    const state = await updateMyUnitProfile(initialFormState, formData(await profileFields(unit.id, point)));
    expect(state.fieldErrors?.[field]?.[0]?.key).toBe(key);
    expect(await pointOf(unit.id)).toEqual({ latitude: null, longitude: null });
  });
});

describe("the admin sets a unit's map point", () => {
  it("creates a unit with its point and edits it", async () => {
    actAs(await createAdmin());
    const created = await createUnitAction(
      initialFormState,
      formData(unitFields({ latitude: "32.19", longitude: "119.43" })),
    );
    expect(created.ok, JSON.stringify(created)).toBe(true);
    const id = Number(created.data?.id);
    expect(await pointOf(id)).toEqual({ latitude: 32.19, longitude: 119.43 });
    const unit = await db.unit.findUniqueOrThrow({ where: { id } });
    const edited = await updateUnit(
      initialFormState,
      formData({
        ...unitFields({ name: unit.name, slug: unit.slug, latitude: "32.21", longitude: "119.46" }),
        id,
        version: unit.updatedAt.toISOString(),
      }),
    );
    expect(edited.ok, JSON.stringify(edited)).toBe(true);
    expect(await pointOf(id)).toEqual({ latitude: 32.21, longitude: 119.46 });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "unit.update", entityId: String(id) },
    });
    expect(Object.keys(audit.after as object).sort()).toEqual(["latitude", "longitude", "shortName"].sort());
  });

  it("refuses a longitude without a latitude", async () => {
    actAs(await createAdmin());
    const state = await createUnitAction(initialFormState, formData(unitFields({ longitude: "119.43" })));
    expect(state.fieldErrors?.latitude?.[0]?.key).toBe("core.validation.pointBoth");
  });
});
