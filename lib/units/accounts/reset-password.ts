import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { clearAccountDelays } from "@/lib/core/auth/rate-limit";
import { lockUser } from "./account-rules";
import { issueTemporaryPassword, type IssuedPassword } from "./issued-account";

/**
 * Gives an account a new temporary password that must be replaced at the next sign-in
 * (requireUser and runAction allow nothing else until then). Every session of the account ends,
 * and the sign-in delays on it are lifted, so the person can use the new password at once.
 */
export async function resetPassword(actorId: number, userId: number): Promise<IssuedPassword> {
  const { temporaryPassword, passwordHash } = await issueTemporaryPassword();
  const user = await db.$transaction(async (tx) => {
    const before = await lockUser(tx, userId);
    // Every session opened with the old password ends with it.
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } },
    });
    // Sign-in counts failures per identifier typed: the login name or the mobile number.
    await clearAccountDelays(tx, before.login);
    if (before.mobile) await clearAccountDelays(tx, before.mobile);
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
