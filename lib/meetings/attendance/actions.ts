"use server";

import { runAction } from "@/lib/core/actions/run-action";
import { meetingChanged } from "@/lib/core/site/revalidate-public";
import { success, type FormState } from "@/lib/core/forms/form-state";
import { checkInToMeeting as checkIn } from "./check-in";
import { recordUnitAttendance } from "./record-attendance";
import { meetingCheckInSchema, recordAttendanceSchema } from "./schemas";

const pagesOf = (meetingId: number) => [
  ...meetingChanged(meetingId),
  `/meetings/${meetingId}/checkin`,
  `/admin/meetings/${meetingId}/attendance`,
];

/** A secretary checks their own unit in with the rotating code. */
export async function checkInToMeeting(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: meetingCheckInSchema,
    authorize: "meeting.respond",
    run: async (input, actor) => {
      await checkIn(actor, input);
      return success("meetings.attendance.checkedIn", { headcount: input.headcount });
    },
    revalidate: (input) => pagesOf(input.meetingId),
  });
}

/** An admin sets one invited unit's attendance. */
export async function recordAttendance(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: recordAttendanceSchema,
    authorize: "meetings.manage",
    run: async (input, actor) => {
      await recordUnitAttendance(actor, input);
      return success("meetings.attendance.recorded");
    },
    revalidate: (input) => [...pagesOf(input.meetingId), `/admin/units/${input.unitId}`],
  });
}
