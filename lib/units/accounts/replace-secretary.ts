import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { assertIdentifiersFree, insertAccount, lockUnitForAccounts, lockUser } from "./account-rules";
import { issueTemporaryPassword, type IssuedPassword } from "./issued-account";
import type { ReplaceSecretaryInput } from "./schemas";

/**
 * Hands a unit's primary (or deputy) role from its active holder to a new person: the holder is
 * deactivated and the successor created in one transaction, so a taken login or mobile leaves
 * the holder in office and nothing half-done.
 */
export async function replaceSecretary(
  actorId: number,
  input: ReplaceSecretaryInput,
): Promise<IssuedPassword> {
  const { temporaryPassword, passwordHash } = await issueTemporaryPassword();
  const successor = await db.$transaction(async (tx) => {
    const seen = await tx.user.findUnique({ where: { id: input.userId }, select: { unitId: true } });
    if (!seen) throw new DomainError("units.accounts.errors.userNotFound");
    if (seen.unitId === null) throw new DomainError("units.accounts.errors.notSecretary");
    // Unit first, then the account: the same lock order as every other account change.
    await lockUnitForAccounts(tx, seen.unitId);
    const holder = await lockUser(tx, input.userId);
    if (holder.role !== "SECRETARY" || holder.unitId === null || holder.unitRole === null) {
      throw new DomainError("units.accounts.errors.notSecretary");
    }
    // Someone else replaced or deactivated them since the admin opened the page.
    if (!holder.active) throw new DomainError("units.accounts.errors.alreadyReplaced");
    await assertIdentifiersFree(tx, input);

    await tx.user.update({
      where: { id: holder.id },
      data: { active: false, sessionVersion: { increment: 1 } },
    });
    const created = await insertAccount(tx, {
      login: input.login,
      name: input.name,
      mobile: input.mobile,
      email: input.email,
      passwordHash,
      role: "SECRETARY",
      unitId: holder.unitId,
      unitRole: holder.unitRole,
    });
    await recordAudit(tx, {
      actorId,
      action: "user.replaceSecretary",
      entity: "User",
      entityId: holder.id,
      unitId: holder.unitId,
      before: holder,
      after: { ...holder, active: false, successorId: created.id },
    });
    await recordAudit(tx, {
      actorId,
      action: "user.addSecretary",
      entity: "User",
      entityId: created.id,
      unitId: holder.unitId,
      after: { ...created, replacesUserId: holder.id },
    });
    return created;
  });
  return { userId: successor.id, login: successor.login, temporaryPassword };
}
