// Claim and sign-up (认领 / 举手). A secretary acts for their own unit only; the lead's
// switches belong to the lead unit only. Admins have no unit to act for: they are refused here
// (they assign leads on the admin pages). A suspended unit's secretary counts as signed out.
import {
  claimActivity,
  closeSignUp,
  joinActivity,
  openSignUp,
  releaseActivity,
  reopenSignUp,
  withdrawActivity,
} from "@/lib/activities/participation/actions";
import { createUnit } from "@/tests/factories";
import { createPlanActivity } from "@/tests/factories/notifications";
import { createOpenActivity, createUnclaimedActivity } from "@/tests/factories/participation";
import { formData } from "@/tests/integration/helpers/session";
import type { AuthorizationCase, Outcome, RoleName, World } from "./roles";

const year = 2040;

const secretariesOnly: Record<RoleName, Outcome> = {
  anonymous: "refused",
  secretaryA: "allowed",
  secretaryB: "allowed",
  suspended: "refused",
  admin: "refused",
};
const leadOnly: Record<RoleName, Outcome> = { ...secretariesOnly, secretaryB: "refused" };

/** An item of unit A's in the given status, fresh for every call. */
async function ledByA(world: World, status: "CLAIMED" | "OPEN" | "CLOSED") {
  await createUnclaimedActivity(year); // makes sure the year's list exists
  return createPlanActivity(year, { leadUnitId: world.unitA.id, status });
}

/** An open item led by a third unit, so A and B may both sign up. */
async function openElsewhere() {
  return createOpenActivity(year, (await createUnit()).id, 100);
}

export const cases: AuthorizationCase[] = [
  {
    name: "claimActivity",
    action: claimActivity,
    input: async () => formData({ activityId: (await createUnclaimedActivity(year)).id }),
    expected: secretariesOnly,
  },
  {
    name: "releaseActivity",
    action: releaseActivity,
    input: async (world) => formData({ activityId: (await ledByA(world, "CLAIMED")).id, reason: "测试" }),
    expected: leadOnly,
  },
  {
    name: "openSignUp",
    action: openSignUp,
    input: async (world) => formData({ activityId: (await ledByA(world, "CLAIMED")).id }),
    expected: leadOnly,
  },
  {
    name: "closeSignUp",
    action: closeSignUp,
    input: async (world) => formData({ activityId: (await ledByA(world, "OPEN")).id }),
    expected: leadOnly,
  },
  {
    name: "reopenSignUp",
    action: reopenSignUp,
    input: async (world) => formData({ activityId: (await ledByA(world, "CLOSED")).id }),
    expected: leadOnly,
  },
  {
    name: "joinActivity",
    action: joinActivity,
    input: async () => formData({ activityId: (await openElsewhere()).id, headcount: 5 }),
    expected: secretariesOnly,
  },
  {
    name: "withdrawActivity",
    action: withdrawActivity,
    input: async () => formData({ activityId: (await openElsewhere()).id }),
    expected: secretariesOnly,
  },
];
