import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError, isUniqueViolation } from "@/lib/core/errors";
import type { UpdateProfileInput } from "./schemas";

const mobileTaken = () => new DomainError("units.selfService.profile.mobileTaken", undefined, "mobile");

/**
 * Saves the signed-in user's own name, mobile and e-mail. Refused when the form was rendered
 * before a later change (stale version) or when another account uses the mobile number.
 * Returns the new version for the form.
 */
export async function updateProfile(userId: number, input: UpdateProfileInput): Promise<Date> {
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.user.findUniqueOrThrow({
        where: { id: userId },
        select: { name: true, mobile: true, email: true, unitId: true },
      });
      const holder = await tx.user.findFirst({
        where: { mobile: input.mobile, id: { not: userId } },
        select: { id: true },
      });
      if (holder) throw mobileTaken();
      // Compare-and-set on updatedAt: a save based on an older page loses.
      const { count } = await tx.user.updateMany({
        where: { id: userId, updatedAt: input.version },
        data: { name: input.name, mobile: input.mobile, email: input.email },
      });
      if (count !== 1) throw new DomainError("core.errors.staleVersion");
      const after = await tx.user.findUniqueOrThrow({
        where: { id: userId },
        select: { name: true, mobile: true, email: true, updatedAt: true },
      });
      const { unitId, ...previous } = before;
      await recordAudit(tx, {
        actorId: userId,
        action: "account.updateProfile",
        entity: "User",
        entityId: userId,
        unitId,
        before: previous,
        after: { name: after.name, mobile: after.mobile, email: after.email },
      });
      return after.updatedAt;
    });
  } catch (error) {
    // Two users claiming the same number at once: the unique index decides, the loser is told.
    if (isUniqueViolation(error, "mobile")) throw mobileTaken();
    throw error;
  }
}
