import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { updateMyUnitProfile } from "@/lib/units/self-service/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { unitVersion } from "@/tests/factories/self-service";
import { actAs, formData } from "@/tests/integration/helpers/session";

const profile = (unitId: number) =>
  db.unit.findUniqueOrThrow({
    where: { id: unitId },
    select: {
      intro: true,
      address: true,
      contactName: true,
      contactPhone: true,
      contactPhonePublic: true,
      latitude: true,
      longitude: true,
    },
  });

async function unitWithSecretary() {
  const unit = await createUnit({ intro: "旧简介", contactPhone: "0511-1", contactPhonePublic: true });
  return { unit, secretary: await createSecretary(unit.id) };
}

describe("updateMyUnitProfile", () => {
  it("saves the public profile, stores markup verbatim as text and writes an audit record", async () => {
    const { unit, secretary } = await unitWithSecretary();
    const before = await profile(unit.id);
    actAs(secretary);
    const intro = "第一行\r\n<script>alert(1)</script>\r\n<img src=x onerror=alert(2)>";
    const state = await updateMyUnitProfile(
      initialFormState,
      formData({
        intro,
        address: "润州区南山街道",
        contactName: "张傲雍",
        contactPhone: "0511-85550000",
        // Unchecked checkbox: the field is absent.
        version: await unitVersion(unit.id),
      }),
    );
    expect(state).toMatchObject({ ok: true, message: { key: "units.selfService.profile.unitSaved" } });
    const saved = {
      intro: "第一行\n<script>alert(1)</script>\n<img src=x onerror=alert(2)>",
      address: "润州区南山街道",
      contactName: "张傲雍",
      contactPhone: "0511-85550000",
      contactPhonePublic: false,
      // No map point sent: the unit has none (lib/core/forms/map-point.ts).
      latitude: null,
      longitude: null,
    };
    expect(await profile(unit.id)).toEqual(saved);
    expect(state.data?.version).toBe(await unitVersion(unit.id));

    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "unit.updateProfile", unitId: unit.id },
    });
    expect(audit).toMatchObject({ actorId: secretary.id, entity: "Unit", entityId: String(unit.id) });
    expect(audit.before).toEqual(before);
    expect(audit.after).toEqual(saved);
  });

  it("ignores a forged unit id: a secretary of unit A posting unit B's id changes only unit A", async () => {
    const a = await unitWithSecretary();
    const b = await unitWithSecretary();
    const bBefore = await profile(b.unit.id);
    actAs(a.secretary);
    const state = await updateMyUnitProfile(
      initialFormState,
      formData({
        unitId: b.unit.id,
        id: b.unit.id,
        slug: b.unit.slug,
        intro: "由 A 提交",
        contactPhonePublic: "on",
        version: await unitVersion(a.unit.id),
      }),
    );
    expect(state.ok).toBe(true);
    expect((await profile(a.unit.id)).intro).toBe("由 A 提交");
    expect(await profile(b.unit.id)).toEqual(bBefore);
    expect(await db.auditLog.count({ where: { unitId: b.unit.id } })).toBe(0);
  });

  it("refuses a save based on an outdated page (another change came first)", async () => {
    const { unit, secretary } = await unitWithSecretary();
    const stale = await unitVersion(unit.id);
    await db.unit.update({ where: { id: unit.id }, data: { address: "管理员改的地址" } });
    actAs(secretary);
    const state = await updateMyUnitProfile(initialFormState, formData({ intro: "我的", version: stale }));
    expect(state).toMatchObject({
      ok: false,
      message: { key: "core.errors.staleVersion" },
      values: { intro: "我的" },
    });
    expect(await profile(unit.id)).toMatchObject({ intro: "旧简介", address: "管理员改的地址" });
  });

  it("accepts an intro of 2000 characters counting line breaks once, and refuses 2001", async () => {
    const { unit, secretary } = await unitWithSecretary();
    actAs(secretary);
    // 2199 characters as the browser sends them, 2000 once each CRLF becomes LF.
    const lines = `${"字".repeat(9)}\r\n`.repeat(199) + "字".repeat(10);
    const ok = await updateMyUnitProfile(
      initialFormState,
      formData({ intro: lines, version: await unitVersion(unit.id) }),
    );
    expect(ok.ok).toBe(true);
    expect((await profile(unit.id)).intro).toHaveLength(2000);

    const tooLong = await updateMyUnitProfile(
      initialFormState,
      formData({ intro: "字".repeat(2001), version: await unitVersion(unit.id) }),
    );
    expect(tooLong.fieldErrors?.intro).toEqual([
      { key: "core.validation.tooLong", values: { maximum: 2000 } },
    ]);
  });

  it("refuses an invalid phone number and control characters with field errors", async () => {
    const { unit, secretary } = await unitWithSecretary();
    actAs(secretary);
    const state = await updateMyUnitProfile(
      initialFormState,
      formData({ intro: "a\u0000b", contactPhone: "call me", version: await unitVersion(unit.id) }),
    );
    expect(state.fieldErrors).toMatchObject({
      intro: [{ key: "core.validation.controlCharacters" }],
      contactPhone: [{ key: "core.validation.phone" }],
    });
  });

  it("refuses admins: they have no unit of their own and edit units elsewhere", async () => {
    const { unit } = await unitWithSecretary();
    actAs(await createAdmin());
    const state = await updateMyUnitProfile(
      initialFormState,
      formData({ unitId: unit.id, intro: "管理员", version: await unitVersion(unit.id) }),
    );
    expect(state).toMatchObject({ ok: false, message: { key: "core.errors.forbidden" } });
    expect((await profile(unit.id)).intro).toBe("旧简介");
  });
});
