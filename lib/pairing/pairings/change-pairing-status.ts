import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import type { AdminActor } from "@/lib/core/auth/policy";
import { DomainError } from "@/lib/core/errors";
import type { ChangePairingStatusInput } from "./schemas";
import { isLive, nextStatus } from "./transitions";
import { assertVersion, claimVersion, notifyUnits, readPairing } from "./pairing-record";

// An admin moves a pairing one step along its lifecycle (transitions.ts): approve or decline a
// proposal, pause, resume or end. The step is a conditional update on (id, status, version), so
// of two admins deciding at once one wins and the other is told the pairing changed meanwhile.
// The units' rows follow the pairing (live or not) in the same transaction, history gets its
// row, every unit of the pairing is told.

export type StatusChange = { pairingId: number; status: string; communityId: number; unitSlugs: string[] };

export async function changePairingStatus(
  actor: AdminActor,
  input: ChangePairingStatusInput,
): Promise<StatusChange> {
  return db.$transaction(async (tx) => {
    const pairing = await readPairing(tx, input.pairingId);
    assertVersion(pairing, input.version);
    const to = nextStatus(pairing.status, input.transition);
    if (to === null || to === "PROPOSED") {
      throw new DomainError("pairing.pairings.invalidTransition", {
        transition: input.transition,
        status: pairing.status,
      });
    }
    await claimVersion(tx, pairing, { status: to, reason: input.reason });
    if (!isLive(to)) {
      await tx.pairingUnit.updateMany({ where: { pairingId: pairing.id }, data: { live: false } });
    }
    await tx.pairingEvent.create({
      data: { pairingId: pairing.id, status: to, reason: input.reason, actorId: actor.id },
    });
    const unitIds = pairing.units.map((unit) => unit.unitId);
    const title = pairing.community.name;
    const reason: Record<string, string> = input.reason ? { reason: input.reason } : {};
    if (input.transition === "approve") {
      await notifyUnits(tx, unitIds, pairing.id, "PAIRING_APPROVED", { title });
    } else if (input.transition === "decline") {
      await notifyUnits(tx, unitIds, pairing.id, "PAIRING_DECLINED", { title, ...reason });
    } else {
      await notifyUnits(tx, unitIds, pairing.id, "PAIRING_CHANGED", { title, date: to, ...reason });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: `pairing.${input.transition}`,
      entity: "Pairing",
      entityId: pairing.id,
      unitId: unitIds.length === 1 ? unitIds[0] : null,
      before: { status: pairing.status, version: pairing.version, reason: pairing.reason },
      after: { status: to, ...reason },
    });
    return {
      pairingId: pairing.id,
      status: to,
      communityId: pairing.communityId,
      unitSlugs: pairing.units.map((unit) => unit.unit.slug),
    };
  });
}
