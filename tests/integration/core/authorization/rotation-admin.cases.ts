// The rotation's settings, drafts, hand edits and publishing are the district committee's
// alone (rotation.manage); secretaries use /my/rotation instead.
import { db } from "@/lib/core/db";
import {
  addRotationPair,
  generateRotationDraft,
  moveRotationDuty,
  publishRotationDraft,
  removeRotationPair,
  saveRotationUnitTimes,
  saveRotationYear,
  swapDraftDuties,
} from "@/lib/rotation/admin/actions";
import { createRotationSchedule, createRotationYear } from "@/tests/factories/rotation";
import { settingsFields } from "@/tests/factories/rotation-admin";
import { formData } from "@/tests/integration/helpers/session";
import { adminOnly, type AuthorizationCase, type World } from "./roles";

async function draftFor(world: World) {
  const { year } = await createRotationYear();
  const draft = await createRotationSchedule(
    year,
    world.users.admin.id,
    [
      { unitId: world.unitA.id, month: 3 },
      { unitId: world.unitB.id, month: 4 },
    ],
    "DRAFT",
  );
  return draft.id;
}

export const cases: AuthorizationCase[] = [
  {
    name: "saveRotationYear",
    action: saveRotationYear,
    input: async () => {
      const { year } = await createRotationYear();
      return formData(settingsFields(year, { version: 0 }));
    },
    expected: adminOnly,
  },
  {
    name: "saveRotationUnitTimes",
    action: saveRotationUnitTimes,
    input: async (world) => {
      const { year } = await createRotationYear();
      return formData({ year, unitId: world.unitA.id, times: 2 });
    },
    expected: adminOnly,
  },
  {
    name: "addRotationPair",
    action: addRotationPair,
    input: async (world) => {
      const { year } = await createRotationYear();
      return formData({ year, unitAId: world.unitA.id, unitBId: world.unitB.id });
    },
    expected: adminOnly,
  },
  {
    name: "removeRotationPair",
    action: removeRotationPair,
    input: async (world) => {
      const { year } = await createRotationYear();
      const [a, b] = [world.unitA.id, world.unitB.id].sort((x, y) => x - y);
      const pair = await db.rotationPair.create({ data: { year, unitAId: a!, unitBId: b! } });
      return formData({ pairId: pair.id });
    },
    expected: adminOnly,
  },
  {
    name: "generateRotationDraft",
    action: generateRotationDraft,
    input: async () => formData({ year: (await createRotationYear()).year }),
    expected: adminOnly,
  },
  {
    name: "moveRotationDuty",
    action: moveRotationDuty,
    input: async (world) =>
      formData({ scheduleId: await draftFor(world), version: 0, duty: `${world.unitA.id}:3`, toMonth: 5 }),
    expected: adminOnly,
  },
  {
    name: "swapDraftDuties",
    action: swapDraftDuties,
    input: async (world) =>
      formData({
        scheduleId: await draftFor(world),
        version: 0,
        dutyA: `${world.unitA.id}:3`,
        dutyB: `${world.unitB.id}:4`,
      }),
    expected: adminOnly,
  },
  {
    name: "publishRotationDraft",
    action: publishRotationDraft,
    input: async (world) =>
      formData({ scheduleId: await draftFor(world), version: 0, despiteWarnings: "on" }),
    expected: adminOnly,
  },
];
