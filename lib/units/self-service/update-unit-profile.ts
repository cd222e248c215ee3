import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import type { UpdateUnitProfileInput } from "./schemas";

const profileSelect = {
  intro: true,
  address: true,
  contactName: true,
  contactPhone: true,
  contactPhonePublic: true,
  latitude: true,
  longitude: true,
} as const;

/**
 * Saves a unit's public profile. The caller passes the unit the actor acts for (never an id
 * from the form). Refused when the unit changed since the form was rendered. Returns the new
 * version for the form.
 */
export async function updateUnitProfile(
  actorId: number,
  unitId: number,
  input: UpdateUnitProfileInput,
): Promise<Date> {
  const { version, ...profile } = input;
  return db.$transaction(async (tx) => {
    const before = await tx.unit.findUniqueOrThrow({ where: { id: unitId }, select: profileSelect });
    const { count } = await tx.unit.updateMany({ where: { id: unitId, updatedAt: version }, data: profile });
    if (count !== 1) throw new DomainError("core.errors.staleVersion");
    const after = await tx.unit.findUniqueOrThrow({
      where: { id: unitId },
      select: { ...profileSelect, updatedAt: true },
    });
    const { updatedAt, ...saved } = after;
    await recordAudit(tx, {
      actorId,
      action: "unit.updateProfile",
      entity: "Unit",
      entityId: unitId,
      unitId,
      before,
      after: saved,
    });
    return updatedAt;
  });
}
