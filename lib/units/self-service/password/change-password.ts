import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { hashPassword, verifyPassword } from "@/lib/core/auth/password";
import { DomainError } from "@/lib/core/errors";
import type { ChangePasswordInput } from "./schemas";

/**
 * Replaces the user's password after checking the current one; clears a forced change. Ends
 * every session of the user (a thief's copied cookie included) and returns the new session
 * version, under which the caller re-issues the cookie of the person who just changed it.
 */
export async function changePassword(userId: number, input: ChangePasswordInput): Promise<number> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new DomainError("units.selfService.profile.wrongCurrentPassword", undefined, "currentPassword");
  }
  if (input.currentPassword === input.newPassword) {
    throw new DomainError("units.selfService.profile.samePassword", undefined, "newPassword");
  }
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    // Compare-and-set on the old hash: two concurrent changes cannot both succeed.
    const { count } = await tx.user.updateMany({
      where: { id: userId, passwordHash: user.passwordHash },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    if (count !== 1) throw new DomainError("core.errors.staleVersion");
    // Choosing one's own password also completes an account that was never activated by link.
    await tx.user.updateMany({ where: { id: userId, activatedAt: null }, data: { activatedAt: new Date() } });
    await recordAudit(tx, {
      actorId: userId,
      action: "account.changePassword",
      entity: "User",
      entityId: userId,
    });
    const { sessionVersion } = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { sessionVersion: true },
    });
    return sessionVersion;
  });
}
