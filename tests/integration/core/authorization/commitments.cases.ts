// Commitment records (/my/commitments): each secretary works on their own unit's records only,
// so both unit A's and unit B's secretaries are allowed for records of their own unit. Admins
// are refused: they have no unit. Reviewing (/admin/commitments) is for admins only.
import {
  confirmCommitment,
  createMyCommitmentRecord,
  deleteMyCommitmentRecord,
  returnCommitment,
  updateMyCommitmentRecord,
  uploadCommitmentPhoto,
} from "@/lib/activities/commitments/actions";
import { createCommitmentRecord } from "@/tests/factories/commitments";
import { unitIdOf } from "@/tests/factories/self-service";
import { imageFile, pngBytes } from "@/tests/factories/images";
import { formData } from "@/tests/integration/helpers/session";
import { adminOnly, type AuthorizationCase, type Outcome, type RoleName, type World } from "./roles";

const secretariesOnly: Record<RoleName, Outcome> = {
  anonymous: "refused",
  secretaryA: "allowed",
  secretaryB: "allowed",
  suspended: "refused",
  admin: "refused",
};

/** A fresh record of the caller's own unit (unit A for callers without one). */
async function callerRecord(world: World, role: RoleName) {
  const unitId =
    role === "anonymous" ? world.unitA.id : ((await unitIdOf(world.users[role].id)) ?? world.unitA.id);
  return createCommitmentRecord(unitId, 2026, "YOUTH_PROJECT", "SUBMITTED");
}

export const cases: AuthorizationCase[] = [
  {
    name: "createMyCommitmentRecord",
    action: createMyCommitmentRecord,
    input: () =>
      formData({
        commitment: "YOUTH_PROJECT",
        title: "青年项目",
        description: "项目说明",
        occurredOn: "2026-03-01",
        communityId: "",
      }),
    expected: secretariesOnly,
  },
  {
    name: "updateMyCommitmentRecord",
    action: updateMyCommitmentRecord,
    input: async (world, role) => {
      const record = await callerRecord(world, role);
      return formData({
        id: record.id,
        version: record.version,
        commitment: "YOUTH_PROJECT",
        title: "青年项目",
        description: "项目说明",
        occurredOn: "2026-03-01",
        communityId: "",
      });
    },
    expected: secretariesOnly,
  },
  {
    name: "deleteMyCommitmentRecord",
    action: deleteMyCommitmentRecord,
    input: async (world, role) => {
      const record = await callerRecord(world, role);
      return formData({ id: record.id, version: record.version });
    },
    expected: secretariesOnly,
  },
  {
    name: "uploadCommitmentPhoto",
    action: uploadCommitmentPhoto,
    input: async (world, role) => {
      const record = await callerRecord(world, role);
      return formData({ recordId: record.id, photo: imageFile(pngBytes(), "p.png", "image/png") });
    },
    expected: secretariesOnly,
  },
  {
    name: "confirmCommitment",
    action: confirmCommitment,
    input: async (world) => {
      const record = await createCommitmentRecord(world.unitA.id, 2026, "YOUTH_PROJECT", "SUBMITTED");
      return formData({ id: record.id, version: record.version });
    },
    expected: adminOnly,
  },
  {
    name: "returnCommitment",
    action: returnCommitment,
    input: async (world) => {
      const record = await createCommitmentRecord(world.unitA.id, 2026, "YOUTH_PROJECT", "SUBMITTED");
      return formData({ id: record.id, version: record.version, note: "请补充" });
    },
    expected: adminOnly,
  },
];
