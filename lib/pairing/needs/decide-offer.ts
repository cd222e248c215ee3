import { db, type Tx } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { notifyUnit } from "@/lib/core/notifications/notify";
import type { AdminActor } from "@/lib/core/auth/policy";
import type { NeedOfferStatus } from "@/lib/generated/prisma/enums";
import type { DeclineOfferInput } from "./schemas";

type Decision = { status: Extract<NeedOfferStatus, "ACCEPTED" | "DECLINED">; reason?: string };

/** Why a decision found the offer no longer waiting: decided by someone else, or withdrawn. */
function lostRace(status: NeedOfferStatus): DomainError {
  if (status === "WITHDRAWN") return new DomainError("pairing.needs.errors.offerWithdrawn");
  return new DomainError(
    status === "ACCEPTED"
      ? "pairing.needs.errors.offerAlreadyAccepted"
      : "pairing.needs.errors.offerAlreadyDeclined",
  );
}

/**
 * Accepts or declines an offer: a conditional update on status = OFFERED, so of two admins
 * deciding at once exactly one wins and the other is told what happened. The unit hears of it
 * in the same transaction.
 */
async function decide(tx: Tx, actor: AdminActor, offerId: number, decision: Decision): Promise<number> {
  const offer = await tx.needOffer.findUnique({
    where: { id: offerId },
    select: { id: true, unitId: true, need: { select: { id: true, title: true, status: true } } },
  });
  if (!offer) throw new DomainError("pairing.needs.errors.offerNotFound");
  if (offer.need.status === "CLOSED" || offer.need.status === "CANCELLED")
    throw new DomainError(
      offer.need.status === "CLOSED" ? "pairing.needs.errors.closed" : "pairing.needs.errors.cancelled",
    );
  const { count } = await tx.needOffer.updateMany({
    where: { id: offer.id, status: "OFFERED" },
    data: { status: decision.status, decidedById: actor.id, decidedAt: new Date() },
  });
  if (count !== 1) {
    const now = await tx.needOffer.findUniqueOrThrow({ where: { id: offer.id }, select: { status: true } });
    throw lostRace(now.status);
  }
  const accepted = decision.status === "ACCEPTED";
  await notifyUnit(
    tx,
    offer.unitId,
    accepted ? "NEED_OFFER_ACCEPTED" : "NEED_OFFER_DECLINED",
    { needId: offer.need.id },
    accepted ? { title: offer.need.title } : { title: offer.need.title, reason: decision.reason ?? "" },
  );
  await recordAudit(tx, {
    actorId: actor.id,
    action: accepted ? "needOffer.accept" : "needOffer.decline",
    entity: "NeedOffer",
    entityId: offer.id,
    unitId: offer.unitId,
    before: { status: "OFFERED" },
    after: { status: decision.status, ...(decision.reason ? { reason: decision.reason } : {}) },
  });
  return offer.need.id;
}

export async function acceptOffer(actor: AdminActor, input: { offerId: number }): Promise<number> {
  return db.$transaction((tx) => decide(tx, actor, input.offerId, { status: "ACCEPTED" }));
}

/** The reason is told to the unit (the notification) and kept in the audit record. */
export async function declineOffer(actor: AdminActor, input: DeclineOfferInput): Promise<number> {
  return db.$transaction((tx) =>
    decide(tx, actor, input.offerId, { status: "DECLINED", reason: input.reason }),
  );
}
