import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { hashPassword } from "@/lib/core/auth/password";
import { DomainError } from "@/lib/core/errors";
import { hashToken, isWellFormedToken } from "./tokens";
import type { ActivateInput } from "./schemas";

export type TokenState = "valid" | "used" | "expired" | "invalid";

/** What a link's token allows now; "invalid" covers unknown tokens and deactivated accounts. */
export async function checkToken(token: string, now = new Date()) {
  if (!isWellFormedToken(token)) return { state: "invalid" as TokenState, token: null };
  const found = await db.accountToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      purpose: true,
      usedAt: true,
      expiresAt: true,
      user: { select: { id: true, name: true, login: true, active: true } },
    },
  });
  const state: TokenState =
    !found || !found.user.active
      ? "invalid"
      : found.usedAt
        ? "used"
        : found.expiresAt <= now
          ? "expired"
          : "valid";
  return { state, token: found };
}

const refusal: Record<Exclude<TokenState, "valid">, string> = {
  used: "units.admission.apply.activation.used",
  expired: "units.admission.apply.activation.expired",
  invalid: "units.admission.apply.activation.invalid",
};

/**
 * Sets the account's password through a one-time link (activation or password reset). The
 * token is spent by a conditional update (usedAt still null), so of two concurrent or replayed
 * submissions exactly one succeeds.
 */
export async function activateAccount(input: ActivateInput, now = new Date()): Promise<{ login: string }> {
  const checked = await checkToken(input.token, now);
  const { state, token } = checked;
  if (state !== "valid") throw new DomainError(refusal[state]);
  if (!token) throw new DomainError(refusal.invalid);
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    const { count } = await tx.accountToken.updateMany({
      where: { id: token.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count !== 1) throw new DomainError(refusal.used);
    const user = await tx.user.findUniqueOrThrow({
      where: { id: token.user.id },
      select: { activatedAt: true, active: true },
    });
    if (!user.active) throw new DomainError(refusal.invalid);
    await tx.user.update({
      where: { id: token.user.id },
      // A password set by link ends every session opened with the old one.
      data: {
        passwordHash,
        activatedAt: user.activatedAt ?? now,
        mustChangePassword: false,
        sessionVersion: { increment: 1 },
      },
    });
    // Older links of the same kind stop working once one was used.
    await tx.accountToken.updateMany({
      where: { userId: token.user.id, purpose: token.purpose, usedAt: null },
      data: { usedAt: now },
    });
    await recordAudit(tx, {
      actorId: null,
      action: token.purpose === "ACTIVATION" ? "account.activate" : "account.resetPasswordByLink",
      entity: "User",
      entityId: token.user.id,
      before: { activatedAt: user.activatedAt },
      after: { activatedAt: user.activatedAt ?? now, tokenId: token.id },
    });
  });
  return { login: token.user.login };
}
