import { db, type Tx } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { assertRoleVacant, lockUnitForAccounts, lockUser, refuseUniqueViolation } from "./account-rules";

/**
 * Locks every active admin row and refuses when the target is the last of them. Two admins
 * deactivating each other (or themselves) at once queue on these locks; the second then sees
 * the first's change and is refused, so the committee is never left without an admin.
 */
async function assertNotLastAdmin(tx: Tx, userId: number) {
  const activeAdmins = await tx.$queryRaw<Array<{ id: number }>>`
    SELECT id FROM "User" WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE`;
  if (activeAdmins.length <= 1 && activeAdmins.some((admin) => admin.id === userId)) {
    throw new DomainError("units.accounts.errors.lastAdmin");
  }
}

/**
 * Deactivates an account: from its next request on, the person counts as signed out
 * (getCurrentUser refuses inactive users) and cannot sign in again. Its sessions are revoked
 * too, so reactivating the account later does not bring an old copied cookie back to life.
 */
export async function deactivateUser(actorId: number, userId: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const seen = await tx.user.findUnique({ where: { id: userId }, select: { role: true, unitId: true } });
    if (!seen) throw new DomainError("units.accounts.errors.userNotFound");
    if (seen.role === "ADMIN") await assertNotLastAdmin(tx, userId);
    const before = await lockUser(tx, userId);
    if (!before.active) throw new DomainError("units.accounts.errors.alreadyInactive");
    await tx.user.update({
      where: { id: userId },
      data: { active: false, sessionVersion: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId,
      action: "user.deactivate",
      entity: "User",
      entityId: userId,
      unitId: before.unitId,
      before,
      after: { ...before, active: false },
    });
  });
}

/**
 * Reactivates an account. A secretary comes back only into a unit that is not withdrawn and
 * whose role (primary or deputy) nobody else holds now.
 */
export async function reactivateUser(actorId: number, userId: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const seen = await tx.user.findUnique({ where: { id: userId }, select: { unitId: true } });
    if (!seen) throw new DomainError("units.accounts.errors.userNotFound");
    if (seen.unitId !== null) await lockUnitForAccounts(tx, seen.unitId);
    const before = await lockUser(tx, userId);
    if (before.active) throw new DomainError("units.accounts.errors.alreadyActive");
    if (before.unitId !== null && before.unitRole !== null) {
      await assertRoleVacant(tx, before.unitId, before.unitRole);
    }
    try {
      await tx.user.update({ where: { id: userId }, data: { active: true } });
    } catch (error) {
      refuseUniqueViolation(error, before.unitRole);
    }
    await recordAudit(tx, {
      actorId,
      action: "user.reactivate",
      entity: "User",
      entityId: userId,
      unitId: before.unitId,
      before,
      after: { ...before, active: true },
    });
  });
}
