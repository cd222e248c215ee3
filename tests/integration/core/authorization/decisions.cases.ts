// Decisions of joint meetings (议定事项): the host unit's secretaries and admins list them; the
// owner unit's secretaries and admins report on them. The mutations ask the policy with the
// meeting's host or the decision's owner, so a wrong unit is refused with core.errors.forbidden.
import {
  addDecision,
  editDecision,
  moveDecision,
  removeDecision,
  updateDecisionStatus,
} from "@/lib/meetings/decisions/actions";
import { createDecision } from "@/tests/factories/decisions";
import { createMeeting } from "@/tests/factories/meetings";
import { formData } from "@/tests/integration/helpers/session";
import { unitAOrAdmin, type AuthorizationCase, type World } from "./roles";

/** A decision of a meeting hosted by unit A, owned by unit B (so B's secretary is no writer). */
async function hostedByA(world: World) {
  const meeting = await createMeeting({ hostUnitId: world.unitA.id, startsInHours: -24 });
  return createDecision(meeting.id, world.unitB.id);
}

export const cases: AuthorizationCase[] = [
  {
    name: "addDecision",
    action: addDecision,
    input: async (world) => {
      const meeting = await createMeeting({ hostUnitId: world.unitA.id, startsInHours: -24 });
      return formData({
        meetingId: meeting.id,
        title: "共建阵地",
        ownerUnitId: world.unitB.id,
        dueOn: "2027-06-30",
      });
    },
    expected: unitAOrAdmin,
  },
  {
    name: "editDecision",
    action: editDecision,
    input: async (world) => {
      const decision = await hostedByA(world);
      return formData({
        decisionId: decision.id,
        version: decision.version,
        title: "共建阵地（修改）",
        ownerUnitId: world.unitB.id,
        dueOn: "2027-07-31",
      });
    },
    expected: unitAOrAdmin,
  },
  {
    name: "removeDecision",
    action: removeDecision,
    input: async (world) => {
      const decision = await hostedByA(world);
      return formData({ decisionId: decision.id, version: decision.version });
    },
    expected: unitAOrAdmin,
  },
  {
    name: "moveDecision",
    action: moveDecision,
    input: async (world) => formData({ decisionId: (await hostedByA(world)).id, direction: "down" }),
    expected: unitAOrAdmin,
  },
  {
    name: "updateDecisionStatus",
    action: updateDecisionStatus,
    // Owned by unit A, in a meeting hosted by unit B: hosting gives no say over the status.
    input: async (world) => {
      const meeting = await createMeeting({ hostUnitId: world.unitB.id, startsInHours: -24 });
      const decision = await createDecision(meeting.id, world.unitA.id);
      return formData({
        decisionId: decision.id,
        version: decision.version,
        status: "IN_PROGRESS",
        note: "已启动",
      });
    },
    expected: unitAOrAdmin,
  },
];
