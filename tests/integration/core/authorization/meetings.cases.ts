// Scheduling joint meetings is the district committee's; answering an invitation is the invited
// unit's secretary's alone (admins and other units are refused by the policy).
import {
  cancelMeeting,
  markMeetingHeld,
  remindSilentUnits,
  respondToInvitation,
  scheduleMeeting,
  updateMeeting,
} from "@/lib/meetings/actions";
import { toBeijingLocalInput } from "@/lib/core/time/beijing";
import { createMeeting } from "@/tests/factories/meetings";
import { meetingFields } from "@/tests/factories/meeting-scheduling";
import { formData } from "@/tests/integration/helpers/session";
import { adminOnly, type AuthorizationCase, type Outcome, type RoleName } from "./roles";

const unitASecretaryOnly: Record<RoleName, Outcome> = {
  ...adminOnly,
  admin: "refused",
  secretaryA: "allowed",
};

export const cases: AuthorizationCase[] = [
  {
    name: "scheduleMeeting",
    action: scheduleMeeting,
    input: (world) => formData(meetingFields([world.unitA.id, world.unitB.id])),
    expected: adminOnly,
  },
  {
    name: "updateMeeting",
    action: updateMeeting,
    input: async (world) => {
      const meeting = await createMeeting({ invite: [world.unitA.id] });
      return formData({
        ...meetingFields([world.unitA.id]),
        startsAt: toBeijingLocalInput(meeting.startsAt),
        endsAt: "",
        meetingId: meeting.id,
        version: meeting.version,
      });
    },
    expected: adminOnly,
  },
  {
    name: "cancelMeeting",
    action: cancelMeeting,
    input: async (world) =>
      formData({ meetingId: (await createMeeting({ invite: [world.unitA.id] })).id, reason: "改期" }),
    expected: adminOnly,
  },
  {
    name: "markMeetingHeld",
    action: markMeetingHeld,
    input: async () => formData({ meetingId: (await createMeeting({ startsInHours: -1 })).id }),
    expected: adminOnly,
  },
  {
    name: "remindSilentUnits",
    action: remindSilentUnits,
    input: async (world) => formData({ meetingId: (await createMeeting({ invite: [world.unitA.id] })).id }),
    expected: adminOnly,
  },
  {
    name: "respondToInvitation",
    action: respondToInvitation,
    input: async (world) =>
      formData({ meetingId: (await createMeeting({ invite: [world.unitA.id] })).id, response: "ATTEND" }),
    // Unit B's secretary passes the policy (own unit) but is refused as not invited: a domain
    // refusal, so it counts as "allowed" past the policy here; see rsvp.test.ts.
    expected: { ...unitASecretaryOnly, secretaryB: "allowed" },
  },
];
