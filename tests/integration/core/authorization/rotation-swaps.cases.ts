// Secretaries' rotation inputs and swaps. rotation.setPreferences and rotation.swap are for a
// secretary's own unit (never admins); whether a swap belongs to that unit is checked on the locked row by
// the mutation (tests/integration/rotation-swaps), so any active unit's secretary passes the
// policy here. Approving and rejecting is the committee's.
import { saveRotationPreferences } from "@/lib/rotation/preferences/actions";
import {
  answerRotationSwap,
  cancelRotationSwap,
  decideRotationSwap,
  requestRotationSwap,
} from "@/lib/rotation/swaps/actions";
import { db } from "@/lib/core/db";
import { createRotationSchedule, createRotationYear } from "@/tests/factories/rotation";
import { formData } from "@/tests/integration/helpers/session";
import { adminOnly, type AuthorizationCase, type Outcome, type RoleName, type World } from "./roles";

const ownUnitSecretaries: Record<RoleName, Outcome> = {
  ...adminOnly,
  secretaryA: "allowed",
  secretaryB: "allowed",
  admin: "refused",
};

/** A year whose published schedule has unit A in March and unit B in May, and a swap between them. */
async function swapBetweenAandB(world: World, status: "REQUESTED" | "ACCEPTED") {
  const year = await createRotationYear();
  const schedule = await createRotationSchedule(year.year, world.users.admin.id, [
    { unitId: world.unitA.id, month: 3 },
    { unitId: world.unitB.id, month: 5 },
  ]);
  const swap = await db.rotationSwap.create({
    data: {
      scheduleId: schedule.id,
      fromUnitId: world.unitA.id,
      fromMonth: 3,
      toUnitId: world.unitB.id,
      toMonth: 5,
      status,
      requestedById: world.users.secretaryA.id,
    },
  });
  return { year: year.year, swap };
}

export const cases: AuthorizationCase[] = [
  {
    name: "saveRotationPreferences",
    action: saveRotationPreferences,
    input: async () => {
      const year = await createRotationYear();
      return formData({ year: year.year, version: 0, choice1: "5", blackout: "8" });
    },
    expected: ownUnitSecretaries,
  },
  {
    name: "requestRotationSwap",
    action: requestRotationSwap,
    input: async (world) => {
      const year = await createRotationYear();
      await createRotationSchedule(year.year, world.users.admin.id, [
        { unitId: world.unitA.id, month: 3 },
        { unitId: world.unitB.id, month: 5 },
      ]);
      return formData({ year: year.year, fromMonth: 3, target: `${world.unitB.id}:5` });
    },
    expected: ownUnitSecretaries,
  },
  {
    name: "cancelRotationSwap",
    action: cancelRotationSwap,
    input: async (world) => {
      const { swap } = await swapBetweenAandB(world, "REQUESTED");
      return formData({ swapId: swap.id, version: 0 });
    },
    expected: ownUnitSecretaries,
  },
  {
    name: "answerRotationSwap",
    action: answerRotationSwap,
    input: async (world) => {
      const { swap } = await swapBetweenAandB(world, "REQUESTED");
      return formData({ swapId: swap.id, version: 0, answer: "ACCEPT" });
    },
    expected: ownUnitSecretaries,
  },
  {
    name: "decideRotationSwap",
    action: decideRotationSwap,
    input: async (world) => {
      const { swap } = await swapBetweenAandB(world, "ACCEPTED");
      return formData({ swapId: swap.id, version: 0, decision: "APPROVE" });
    },
    expected: adminOnly,
  },
];
