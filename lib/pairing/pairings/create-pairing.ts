import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import type { AdminActor } from "@/lib/core/auth/policy";
import type { CreatePairingInput } from "./schemas";
import {
  assertActiveUnits,
  assertNotSelf,
  findCommunity,
  notifyUnits,
  refusingDuplicates,
} from "./pairing-record";

// An admin pairs one unit (一对一) or a group (多对一抱团) with a community directly: it starts
// ACTIVE, its history says so, and each unit is told as if its proposal had been approved.

export async function createPairing(actor: AdminActor, input: CreatePairingInput): Promise<number> {
  return refusingDuplicates(
    () =>
      db.$transaction(async (tx) => {
        const community = await findCommunity(tx, input.communityId);
        assertNotSelf(community, input.unitIds, "unitIds");
        await assertActiveUnits(tx, input.unitIds, "unitIds");
        const pairing = await tx.pairing.create({
          data: {
            communityId: community.id,
            startsOn: input.startsOn,
            focusAreas: input.focusAreas,
            note: input.note,
            status: "ACTIVE",
            units: {
              create: input.unitIds.map((unitId) => ({ unitId, communityId: community.id, live: true })),
            },
            events: { create: [{ status: "ACTIVE", actorId: actor.id }] },
          },
          select: { id: true },
        });
        await notifyUnits(tx, input.unitIds, pairing.id, "PAIRING_APPROVED", { title: community.name });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "pairing.create",
          entity: "Pairing",
          entityId: pairing.id,
          after: {
            communityId: community.id,
            unitIds: input.unitIds,
            startsOn: input.startsOn,
            focusAreas: input.focusAreas,
          },
        });
        return pairing.id;
      }),
    "unitIds",
  );
}
