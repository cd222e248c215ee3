import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { clearRateLimitEvents, rateLimitKey } from "@/lib/security/rate-limit";
import { lockUser } from "./account-rules";
import { issueTemporaryPassword, type IssuedPassword } from "./issued-account";

/**
 * Gives an account a new temporary password that must be replaced at the next sign-in
 * (requireUser and runAction allow nothing else until then). Failed sign-ins recorded for the
 * account are cleared, so a person locked out by them can use the new password at once.
 */
export async function resetPassword(actorId: number, userId: number): Promise<IssuedPassword> {
  const { temporaryPassword, passwordHash } = await issueTemporaryPassword();
  const user = await db.$transaction(async (tx) => {
    const before = await lockUser(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { passwordHash, mustChangePassword: true } });
    // Sign-in counts failures per identifier typed: the login name or the mobile number.
    await clearRateLimitEvents(tx, rateLimitKey("login", before.login));
    if (before.mobile) await clearRateLimitEvents(tx, rateLimitKey("login", before.mobile));
    await recordAudit(tx, {
      actorId,
      action: "user.resetPassword",
      entity: "User",
      entityId: userId,
      unitId: before.unitId,
      before: { mustChangePassword: before.mustChangePassword },
      after: { mustChangePassword: true },
    });
    return before;
  });
  return { userId: user.id, login: user.login, temporaryPassword };
}
