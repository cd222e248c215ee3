import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import type { SecretaryActor } from "@/lib/core/auth/policy";
import type { ProposePairingInput } from "./schemas";
import { assertNotSelf, findCommunity, refusingDuplicates } from "./pairing-record";

// A secretary proposes a pairing of their own unit with a community; it waits as PROPOSED for an
// admin (/admin/pairings lists proposals first: admins have no unit to notify). The live-pairing
// index refuses a second proposal while one is live, also when two arrive at once.

export async function proposePairing(actor: SecretaryActor, input: ProposePairingInput): Promise<number> {
  return refusingDuplicates(
    () =>
      db.$transaction(async (tx) => {
        const community = await findCommunity(tx, input.communityId);
        assertNotSelf(community, [actor.unitId], "communityId");
        const pairing = await tx.pairing.create({
          data: {
            communityId: community.id,
            startsOn: input.startsOn,
            focusAreas: input.focusAreas,
            note: input.note,
            status: "PROPOSED",
            proposedById: actor.id,
            units: { create: [{ unitId: actor.unitId, communityId: community.id, live: true }] },
            events: { create: [{ status: "PROPOSED", actorId: actor.id }] },
          },
          select: { id: true },
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "pairing.propose",
          entity: "Pairing",
          entityId: pairing.id,
          unitId: actor.unitId,
          after: { communityId: community.id, startsOn: input.startsOn, focusAreas: input.focusAreas },
        });
        return pairing.id;
      }),
    "communityId",
  );
}
