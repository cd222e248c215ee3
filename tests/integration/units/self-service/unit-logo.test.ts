import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { removeMyUnitLogo, uploadMyUnitLogo } from "@/lib/units/self-service/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { maxLogoBytes } from "@/lib/core/images/detect-image-type";
import { createSecretary, createUnit } from "@/tests/factories";
import { imageFile, jpegBytes, pngBytes, webpBytes } from "@/tests/factories/images";
import { actAs, formData } from "@/tests/integration/helpers/session";

async function signedInSecretary() {
  const unit = await createUnit();
  const secretary = await createSecretary(unit.id);
  actAs(secretary);
  return { unit, secretary };
}

const upload = (file: File, extra: Record<string, string | number> = {}) =>
  uploadMyUnitLogo(initialFormState, formData({ logo: file, ...extra }));

const storedLogo = (unitId: number) => db.unitLogo.findUnique({ where: { unitId } });

describe("uploadMyUnitLogo", () => {
  it.each([
    ["PNG", pngBytes(), "logo.png", "image/png"],
    ["JPEG", jpegBytes(), "logo.jpg", "image/jpeg"],
    ["WebP", webpBytes(), "logo.webp", "image/webp"],
  ])("accepts a %s logo, stores its bytes and writes an audit record", async (_kind, bytes, name, type) => {
    const { unit, secretary } = await signedInSecretary();
    const state = await upload(imageFile(bytes, name, type));
    expect(state).toMatchObject({ ok: true, message: { key: "units.selfService.profile.logoSaved" } });
    const logo = await storedLogo(unit.id);
    expect(logo?.contentType).toBe(type);
    expect(Buffer.from(logo!.data).equals(Buffer.from(bytes))).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "unit.replaceLogo", unitId: unit.id },
    });
    expect(audit).toMatchObject({ actorId: secretary.id, entity: "UnitLogo", before: null });
    expect(audit.after).toEqual({ contentType: type, bytes: bytes.length });
  });

  it("decides the type from the bytes, not from the name or the browser's type", async () => {
    const { unit } = await signedInSecretary();
    expect((await upload(imageFile(pngBytes(), "photo.jpg", "image/jpeg"))).ok).toBe(true);
    expect((await storedLogo(unit.id))?.contentType).toBe("image/png");
  });

  it("refuses a text file renamed .png and stores nothing", async () => {
    const { unit } = await signedInSecretary();
    const state = await upload(
      imageFile(Buffer.from("<svg onload=alert(1)>not an image"), "logo.png", "image/png"),
    );
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.logo).toEqual([{ key: "units.selfService.profile.logoType" }]);
    expect(await storedLogo(unit.id)).toBeNull();
    expect(await db.auditLog.count({ where: { unitId: unit.id } })).toBe(0);
  });

  it("refuses a file over 1 MB, even with a valid PNG signature", async () => {
    const { unit } = await signedInSecretary();
    const big = Buffer.concat([pngBytes(), Buffer.alloc(maxLogoBytes)]);
    const state = await upload(imageFile(big, "big.png", "image/png"));
    expect(state.fieldErrors?.logo).toEqual([{ key: "units.selfService.profile.logoTooLarge" }]);
    expect(await storedLogo(unit.id)).toBeNull();
  });

  it("asks for a file when none was chosen (browsers send an empty one)", async () => {
    await signedInSecretary();
    const state = await upload(new File([], "", { type: "application/octet-stream" }));
    expect(state.fieldErrors?.logo).toEqual([{ key: "units.selfService.profile.logoRequired" }]);
  });

  it("replaces an existing logo and records what it replaced", async () => {
    const { unit } = await signedInSecretary();
    const first = pngBytes(4, 4);
    await upload(imageFile(first, "a.png", "image/png"));
    const state = await upload(imageFile(jpegBytes(), "b.jpg", "image/jpeg"));
    expect(state.ok).toBe(true);
    expect((await storedLogo(unit.id))?.contentType).toBe("image/jpeg");
    const audits = await db.auditLog.findMany({
      where: { action: "unit.replaceLogo", unitId: unit.id },
      orderBy: { id: "asc" },
    });
    expect(audits).toHaveLength(2);
    expect(audits[1]?.before).toEqual({ contentType: "image/png", bytes: first.length });
    expect(audits[1]?.after).toEqual({ contentType: "image/jpeg", bytes: jpegBytes().length });
  });

  it("ignores a forged unit id: the logo goes to the secretary's own unit", async () => {
    const other = await createUnit();
    const { unit } = await signedInSecretary();
    expect((await upload(imageFile(pngBytes(), "x.png", "image/png"), { unitId: other.id })).ok).toBe(true);
    expect(await storedLogo(unit.id)).not.toBeNull();
    expect(await storedLogo(other.id)).toBeNull();
  });
});

describe("removeMyUnitLogo", () => {
  it("removes the logo with an audit record; a second removal is refused with a message", async () => {
    const { unit, secretary } = await signedInSecretary();
    await upload(imageFile(pngBytes(), "x.png", "image/png"));
    const state = await removeMyUnitLogo(initialFormState, formData({ unitId: 999999 }));
    expect(state).toMatchObject({ ok: true, message: { key: "units.selfService.profile.logoRemoved" } });
    expect(await storedLogo(unit.id)).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "unit.removeLogo", unitId: unit.id },
    });
    expect(audit).toMatchObject({ actorId: secretary.id, after: null });
    expect(audit.before).toEqual({ contentType: "image/png", bytes: pngBytes().length });

    const again = await removeMyUnitLogo(initialFormState, formData({}));
    expect(again).toMatchObject({ ok: false, message: { key: "units.selfService.profile.noLogo" } });
  });
});
