import { db, type Tx } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import type { AdminActor } from "@/lib/core/auth/policy";
import { DomainError } from "@/lib/core/errors";
import type { PairingUnitInput } from "./schemas";
import { unitsChangeable } from "./transitions";
import {
  assertActiveUnits,
  assertNotSelf,
  assertVersion,
  claimVersion,
  notifyUnits,
  readPairing,
  refusingDuplicates,
  type PairingRow,
} from "./pairing-record";

// A unit joins a running pairing (one-to-one becomes many-to-one) or leaves it. The pairing's
// version is bumped conditionally, so unit changes and status changes never cross. The unit
// that joins is told it is paired; the one that leaves, and the units that stay, are told why.

export type UnitsChange = { pairingId: number; communityId: number; unitSlugs: string[] };

async function runningPairing(input: PairingUnitInput, tx: Tx) {
  const pairing = await readPairing(tx, input.pairingId);
  assertVersion(pairing, input.version);
  if (!unitsChangeable(pairing.status)) {
    throw new DomainError("pairing.pairings.unitsNotChangeable", { status: pairing.status });
  }
  return pairing;
}

function changed(pairing: PairingRow, extraSlug?: string): UnitsChange {
  const slugs = pairing.units.map((unit) => unit.unit.slug);
  return {
    pairingId: pairing.id,
    communityId: pairing.communityId,
    unitSlugs: extraSlug ? [...slugs, extraSlug] : slugs,
  };
}

export async function addPairingUnit(actor: AdminActor, input: PairingUnitInput): Promise<UnitsChange> {
  return refusingDuplicates(
    () =>
      db.$transaction(async (tx) => {
        const pairing = await runningPairing(input, tx);
        if (pairing.units.some((unit) => unit.unitId === input.unitId)) {
          throw new DomainError("pairing.pairings.alreadyInPairing", undefined, "unitId");
        }
        assertNotSelf(pairing.community, [input.unitId], "unitId");
        await assertActiveUnits(tx, [input.unitId], "unitId");
        await claimVersion(tx, pairing);
        const added = await tx.pairingUnit.create({
          data: { pairingId: pairing.id, unitId: input.unitId, communityId: pairing.communityId, live: true },
          select: { unit: { select: { slug: true } } },
        });
        const title = pairing.community.name;
        await notifyUnits(tx, [input.unitId], pairing.id, "PAIRING_APPROVED", { title });
        const staying = pairing.units.map((unit) => unit.unitId);
        await notifyUnits(tx, staying, pairing.id, "PAIRING_CHANGED", {
          title,
          date: pairing.status,
          reason: input.reason,
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "pairing.addUnit",
          entity: "Pairing",
          entityId: pairing.id,
          unitId: input.unitId,
          before: { unitIds: staying, version: pairing.version },
          after: { unitIds: [...staying, input.unitId], reason: input.reason },
        });
        return changed(pairing, added.unit.slug);
      }),
    "unitId",
  );
}

export async function removePairingUnit(actor: AdminActor, input: PairingUnitInput): Promise<UnitsChange> {
  return db.$transaction(async (tx) => {
    const pairing = await runningPairing(input, tx);
    if (!pairing.units.some((unit) => unit.unitId === input.unitId)) {
      throw new DomainError("pairing.pairings.notInPairing", undefined, "unitId");
    }
    // A pairing without units is no pairing: ending it says so with a reason.
    if (pairing.units.length === 1) throw new DomainError("pairing.pairings.lastUnit", undefined, "unitId");
    await claimVersion(tx, pairing);
    await tx.pairingUnit.delete({
      where: { pairingId_unitId: { pairingId: pairing.id, unitId: input.unitId } },
    });
    const before = pairing.units.map((unit) => unit.unitId);
    await notifyUnits(tx, before, pairing.id, "PAIRING_CHANGED", {
      title: pairing.community.name,
      date: pairing.status,
      reason: input.reason,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "pairing.removeUnit",
      entity: "Pairing",
      entityId: pairing.id,
      unitId: input.unitId,
      before: { unitIds: before, version: pairing.version },
      after: { unitIds: before.filter((id) => id !== input.unitId), reason: input.reason },
    });
    return changed(pairing);
  });
}
