"use server";

import { runAction } from "@/lib/core/actions/run-action";
import { meetingChanged } from "@/lib/core/site/revalidate-public";
import { success, type FormState } from "@/lib/core/forms/form-state";
import { cancelMeeting as cancelMeetingMutation } from "./cancel-meeting";
import { markMeetingHeld as markMeetingHeldMutation } from "./mark-meeting-held";
import { remindSilentUnits as remindSilentUnitsMutation } from "./remind-silent-units";
import { respondToInvitation as respondToInvitationMutation } from "./respond-to-invitation";
import { scheduleMeeting as scheduleMeetingMutation } from "./schedule-meeting";
import { updateMeeting as updateMeetingMutation } from "./update-meeting";
import {
  cancelMeetingSchema,
  meetingIdSchema,
  remindSchema,
  respondSchema,
  scheduleMeetingSchema,
  updateMeetingSchema,
} from "./schemas";

// Scheduling is the district committee's work; answering is the invited unit's secretary's
// (whether the unit is invited is checked on the locked invitation inside the mutation).
const paths = (input: { meetingId: number }) => [
  "/admin",
  "/admin/meetings",
  `/admin/meetings/${input.meetingId}`,
  ...meetingChanged(input.meetingId),
  "/my",
];

export async function scheduleMeeting(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: scheduleMeetingSchema,
    authorize: "meetings.manage",
    run: async (input, actor) =>
      success("meetings.meeting.scheduled", { id: await scheduleMeetingMutation(actor, input) }),
    revalidate: ["/admin", "/admin/meetings", "/meetings", "/my"],
  });
}

export async function updateMeeting(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: updateMeetingSchema,
    authorize: "meetings.manage",
    run: async (input, actor) => {
      await updateMeetingMutation(actor, input);
      return success("meetings.meeting.saved");
    },
    revalidate: paths,
  });
}

export async function cancelMeeting(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: cancelMeetingSchema,
    authorize: "meetings.manage",
    run: async (input, actor) => {
      await cancelMeetingMutation(actor, input);
      return success("meetings.meeting.cancelled");
    },
    revalidate: paths,
  });
}

export async function markMeetingHeld(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: meetingIdSchema,
    authorize: "meetings.manage",
    run: async (input, actor) => {
      await markMeetingHeldMutation(actor, input);
      return success("meetings.meeting.markedHeld");
    },
    revalidate: paths,
  });
}

export async function remindSilentUnits(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: remindSchema,
    authorize: "meetings.manage",
    run: async (input, actor) => {
      const count = await remindSilentUnitsMutation(actor, input);
      return { ok: true, message: { key: "meetings.meeting.reminded", values: { count } } };
    },
    revalidate: paths,
  });
}

export async function respondToInvitation(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: respondSchema,
    authorize: "meeting.respond",
    run: async (input, actor) => {
      await respondToInvitationMutation(actor, input);
      return success("meetings.meeting.answered");
    },
    revalidate: paths,
  });
}
