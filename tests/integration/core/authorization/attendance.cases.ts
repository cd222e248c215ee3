// Meeting attendance: a unit's secretary checks their own unit in (both test units are invited,
// so both secretaries get past the policy); admins alone record attendance for any unit.
import { checkInToMeeting, recordAttendance } from "@/lib/meetings/attendance/actions";
import { meetingCheckinCode } from "@/lib/meetings/attendance/code";
import { createMeeting } from "@/tests/factories/meetings";
import { formData } from "@/tests/integration/helpers/session";
import { adminOnly, anySignedIn, type AuthorizationCase, type Outcome, type RoleName } from "./roles";

const invitedSecretaries: Record<RoleName, Outcome> = { ...anySignedIn, admin: "refused" };

export const cases: AuthorizationCase[] = [
  {
    name: "checkInToMeeting",
    action: checkInToMeeting,
    input: async (world) => {
      const meeting = await createMeeting({ invite: [world.unitA.id, world.unitB.id], startsInHours: -0.2 });
      return formData({ meetingId: meeting.id, code: meetingCheckinCode(meeting.id), headcount: 2 });
    },
    expected: invitedSecretaries,
  },
  {
    name: "recordAttendance",
    action: recordAttendance,
    input: async (world) => {
      const meeting = await createMeeting({ invite: [world.unitA.id], startsInHours: -0.2 });
      return formData({ meetingId: meeting.id, unitId: world.unitA.id, status: "PRESENT", headcount: 3 });
    },
    expected: adminOnly,
  },
];
