import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { editableUnitSelect } from "./queries";
import type { UpdateUnitInput } from "./schemas";
import { assertNameAndSlugFree, mapUniqueViolation } from "./unit-conflicts";

/**
 * Saves an admin's edit of a unit, but only if nobody changed the unit since the form was
 * opened (its updatedAt is the version): otherwise nothing is written and the admin is asked
 * to reload. Returns the new version.
 */
export async function updateUnit(actorId: number, input: UpdateUnitInput): Promise<{ version: string }> {
  const { id, version, ...changes } = input;
  const expected = new Date(version);
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.unit.findUnique({
        where: { id },
        select: { ...editableUnitSelect, updatedAt: true },
      });
      if (!before) throw new DomainError("units.admin.notFound");
      // Said first, so a stale form is not asked to fix fields it may not even show correctly.
      if (before.updatedAt.getTime() !== expected.getTime())
        throw new DomainError("core.errors.staleVersion");
      await assertNameAndSlugFree(tx, changes, id);
      // Compare-and-set on updatedAt: of two admins saving the same version, one wins.
      const { count } = await tx.unit.updateMany({ where: { id, updatedAt: expected }, data: changes });
      if (count !== 1) throw new DomainError("core.errors.staleVersion");
      const after = await tx.unit.findUniqueOrThrow({ where: { id }, select: { updatedAt: true } });
      await recordAudit(tx, {
        actorId,
        action: "unit.update",
        entity: "Unit",
        entityId: id,
        unitId: id,
        before: changedFields(before, changes),
        after: changedFields(changes, before),
      });
      return { version: after.updatedAt.toISOString() };
    });
  } catch (error) {
    mapUniqueViolation(error);
  }
}

/** The editable fields of `source` whose value differs in `other`: the audit shows what changed. */
function changedFields(source: Record<string, unknown>, other: Record<string, unknown>) {
  // A stored coordinate is a Decimal, the form's a number: equal when they print the same.
  const same = (a: unknown, b: unknown) => {
    if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
    const decimal = (typeof a === "object" || typeof b === "object") && a !== null && b !== null;
    return a === b || (decimal && String(a) === String(b));
  };
  return Object.fromEntries(
    Object.keys(editableUnitSelect)
      .filter((field) => !same(source[field], other[field]))
      .map((field) => [field, source[field]]),
  );
}
