import { db, type Tx } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { detectImageType, imageSignatureLength, maxLogoBytes } from "@/lib/core/images/detect-image-type";
import { imagePixelLimits, imageSizeProblem } from "@/lib/core/images/image-size";

type LogoSummary = { contentType: string; bytes: number } | null;

// Logo changes of one unit run one after another (the unit row is locked), so the audit
// record's "before" is always the logo that was really replaced.
async function lockUnitLogo(tx: Tx, unitId: number): Promise<LogoSummary> {
  await tx.$queryRaw`SELECT "id" FROM "Unit" WHERE "id" = ${unitId} FOR UPDATE`;
  const rows = await tx.$queryRaw<Array<{ contentType: string; bytes: number }>>`
    SELECT "contentType", octet_length("data")::int AS "bytes" FROM "UnitLogo" WHERE "unitId" = ${unitId}`;
  return rows[0] ?? null;
}

/**
 * Stores (or replaces) a unit's logo. Only PNG, JPEG and WebP are accepted, as recognised from
 * the file's first bytes; the name and the browser's type are ignored. Returns the new version.
 */
export async function replaceUnitLogo(actorId: number, unitId: number, file: File): Promise<Date> {
  // Refused before the whole file is read (the schema checks this too; this guards other callers).
  if (file.size > maxLogoBytes)
    throw new DomainError("units.selfService.profile.logoTooLarge", undefined, "logo");
  const head = new Uint8Array(await file.slice(0, imageSignatureLength).arrayBuffer());
  const contentType = detectImageType(head);
  if (!contentType) throw new DomainError("units.selfService.profile.logoType", undefined, "logo");
  const data = new Uint8Array(await file.arrayBuffer());
  // The size a client declares could differ from what arrives; trust the bytes.
  if (data.byteLength > maxLogoBytes)
    throw new DomainError("units.selfService.profile.logoTooLarge", undefined, "logo");
  // Browsers decode it for every visitor: a pixel bomb is refused by its declared size.
  if (imageSizeProblem(data, contentType))
    throw new DomainError("core.errors.imageTooManyPixels", imagePixelLimits, "logo");

  return db.$transaction(async (tx) => {
    const before = await lockUnitLogo(tx, unitId);
    const logo = await tx.unitLogo.upsert({
      where: { unitId },
      create: { unitId, contentType, data },
      update: { contentType, data },
      select: { updatedAt: true },
    });
    await recordAudit(tx, {
      actorId,
      action: "unit.replaceLogo",
      entity: "UnitLogo",
      entityId: unitId,
      unitId,
      before,
      after: { contentType, bytes: data.byteLength },
    });
    return logo.updatedAt;
  });
}

/** Removes a unit's logo; refused when there is none (e.g. removed in another tab). */
export async function removeUnitLogo(actorId: number, unitId: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await lockUnitLogo(tx, unitId);
    if (!before) throw new DomainError("units.selfService.profile.noLogo");
    await tx.unitLogo.delete({ where: { unitId } });
    await recordAudit(tx, {
      actorId,
      action: "unit.removeLogo",
      entity: "UnitLogo",
      entityId: unitId,
      unitId,
      before,
    });
  });
}
