// Commitment records (/my/commitments): each secretary works on their own unit's records only,
// so both unit A's and unit B's secretaries are allowed for records of their own unit. Admins
// are refused: they have no unit (the grid at /admin/commitments is read-only).
import {
  createMyCommitmentRecord,
  deleteMyCommitmentRecord,
  updateMyCommitmentRecord,
} from "@/lib/commitments/actions";
import { createCommitmentRecord } from "../../factories/commitments";
import { unitIdOf } from "../../factories/self-service";
import { formData } from "../helpers/session";
import { type AuthorizationCase, type Outcome, type RoleName, type World } from "./roles";

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
  return createCommitmentRecord(unitId, 2026, "YOUTH_PROJECT", "IN_PROGRESS");
}

export const cases: AuthorizationCase[] = [
  {
    name: "createMyCommitmentRecord",
    action: createMyCommitmentRecord,
    input: () =>
      formData({
        year: 2026,
        commitment: "YOUTH_PROJECT",
        title: "青年项目",
        status: "IN_PROGRESS",
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
        status: "DONE",
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
];
