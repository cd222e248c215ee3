import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { assertIdentifiersFree, auditedUserFields, refuseUniqueViolation } from "./account-rules";
import type { EditUserInput } from "./schemas";

/**
 * Changes an account's name and contact details. The form carries the updatedAt it was shown;
 * the update only matches that version, so an edit made on a stale page is refused rather than
 * silently overwriting someone else's change.
 */
export async function editUser(actorId: number, input: EditUserInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({
      where: { id: input.userId },
      select: { ...auditedUserFields, updatedAt: true },
    });
    if (!before) throw new DomainError("units.accounts.errors.userNotFound");
    if (before.updatedAt.getTime() !== input.version.getTime())
      throw new DomainError("core.errors.staleVersion");
    // Secretaries are reached by mobile and may sign in with it.
    if (before.role === "SECRETARY" && !input.mobile) {
      throw new DomainError("core.validation.required", undefined, "mobile");
    }
    await assertIdentifiersFree(tx, { mobile: input.mobile }, input.userId);

    const data = { name: input.name, mobile: input.mobile, email: input.email };
    let count: number;
    try {
      ({ count } = await tx.user.updateMany({ where: { id: input.userId, updatedAt: input.version }, data }));
    } catch (error) {
      refuseUniqueViolation(error);
    }
    if (count !== 1) throw new DomainError("core.errors.staleVersion");
    const { updatedAt: _version, ...snapshot } = before;
    await recordAudit(tx, {
      actorId,
      action: "user.edit",
      entity: "User",
      entityId: input.userId,
      unitId: before.unitId,
      before: snapshot,
      after: { ...snapshot, ...data },
    });
  });
}
