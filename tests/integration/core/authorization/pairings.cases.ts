// Pairings (结对挂钩): a secretary proposes one for their own unit (admins have no unit and are
// refused); creating, deciding and changing pairings is for admins only. Every call gets a
// community of its own, so no call is refused by the live-pairing rule instead of the policy.
import {
  addPairingUnit,
  changePairingStatus,
  createPairing,
  proposeMyPairing,
  removePairingUnit,
} from "@/lib/pairing/pairings/actions";
import { createPairing as pairingRow, createPairingCommunity } from "@/tests/factories/pairing";
import { formData } from "@/tests/integration/helpers/session";
import { adminOnly, type AuthorizationCase, type Outcome, type RoleName } from "./roles";

const secretariesOnly: Record<RoleName, Outcome> = {
  anonymous: "refused",
  secretaryA: "allowed",
  secretaryB: "allowed",
  suspended: "refused",
  admin: "refused",
};

export const cases: AuthorizationCase[] = [
  {
    name: "proposeMyPairing",
    action: proposeMyPairing,
    input: async () => {
      const community = await createPairingCommunity();
      return formData({ communityId: community.id, startsOn: "2026-04-01", focusAreas: ["ELDERLY_CARE"] });
    },
    expected: secretariesOnly,
  },
  {
    name: "createPairing",
    action: createPairing,
    input: async (world) => {
      const community = await createPairingCommunity();
      return formData({
        communityId: community.id,
        unitIds: [String(world.unitA.id)],
        startsOn: "2026-04-01",
        focusAreas: ["ENVIRONMENT"],
      });
    },
    expected: adminOnly,
  },
  {
    name: "changePairingStatus",
    action: changePairingStatus,
    input: async (world) => {
      const community = await createPairingCommunity();
      const pairing = await pairingRow(community.id, [world.unitA.id], "PROPOSED");
      return formData({ pairingId: pairing.id, version: 0, transition: "approve" });
    },
    expected: adminOnly,
  },
  {
    name: "addPairingUnit",
    action: addPairingUnit,
    input: async (world) => {
      const community = await createPairingCommunity();
      const pairing = await pairingRow(community.id, [world.unitA.id]);
      return formData({ pairingId: pairing.id, version: 0, unitId: world.unitB.id, reason: "抱团加入" });
    },
    expected: adminOnly,
  },
  {
    name: "removePairingUnit",
    action: removePairingUnit,
    input: async (world) => {
      const community = await createPairingCommunity();
      const pairing = await pairingRow(community.id, [world.unitA.id, world.unitB.id]);
      return formData({ pairingId: pairing.id, version: 0, unitId: world.unitB.id, reason: "人员调整" });
    },
    expected: adminOnly,
  },
];
