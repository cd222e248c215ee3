import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError, isUniqueViolation } from "@/lib/core/errors";
import type { SecretaryActor } from "@/lib/core/auth/policy";
import { assertLive, lockNeed } from "./lock-need";
import type { OfferHelpInput } from "./schemas";

/**
 * A secretary offers their unit's help with a need on the board. One live offer per unit and
 * need: the partial unique index decides, even for two tabs submitting at once.
 */
export async function offerHelp(actor: SecretaryActor, input: OfferHelpInput): Promise<number> {
  try {
    return await db.$transaction(async (tx) => {
      const need = await lockNeed(tx, input.needId);
      assertLive(need);
      const offer = await tx.needOffer.create({
        data: {
          needId: need.id,
          unitId: actor.unitId,
          headcount: input.headcount,
          availability: input.availability,
          note: input.note,
          offeredById: actor.id,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "needOffer.create",
        entity: "NeedOffer",
        entityId: offer.id,
        unitId: actor.unitId,
        after: { needId: need.id, headcount: input.headcount, availability: input.availability },
      });
      return offer.id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("pairing.needs.errors.alreadyOffered");
    throw error;
  }
}

/** Takes back the unit's offer while the committee has not decided on it yet. */
export async function withdrawOffer(actor: SecretaryActor, input: { offerId: number }): Promise<number> {
  return db.$transaction(async (tx) => {
    const offer = await tx.needOffer.findUnique({
      where: { id: input.offerId },
      select: { id: true, needId: true, unitId: true, status: true },
    });
    // Another unit's offer is as unknown to this secretary as a missing one.
    if (!offer || offer.unitId !== actor.unitId) throw new DomainError("pairing.needs.errors.offerNotFound");
    const { count } = await tx.needOffer.updateMany({
      where: { id: offer.id, unitId: actor.unitId, status: "OFFERED" },
      data: { status: "WITHDRAWN" },
    });
    if (count !== 1) throw new DomainError("pairing.needs.errors.offerDecided");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "needOffer.withdraw",
      entity: "NeedOffer",
      entityId: offer.id,
      unitId: actor.unitId,
      before: { status: offer.status },
      after: { status: "WITHDRAWN" },
    });
    return offer.needId;
  });
}
