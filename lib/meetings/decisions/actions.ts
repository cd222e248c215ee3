"use server";

import { runAction } from "@/lib/core/actions/run-action";
import { everyMeetingPage, meetingChanged } from "@/lib/core/site/revalidate-public";
import { success, type FormState } from "@/lib/core/forms/form-state";
import { addDecision as addDecisionMutation } from "./add-decision";
import { editDecision as editDecisionMutation } from "./edit-decision";
import { moveDecision as moveDecisionMutation } from "./move-decision";
import { removeDecision as removeDecisionMutation } from "./remove-decision";
import {
  addDecisionSchema,
  editDecisionSchema,
  moveDecisionSchema,
  removeDecisionSchema,
  updateDecisionStatusSchema,
} from "./schemas";
import { updateDecisionStatus as updateDecisionStatusMutation } from "./update-decision-status";

// Who may write depends on the meeting's host unit or the decision's owner unit, which only the
// locked rows know: the policy here admits admins and secretaries (minutes.write /
// decision.update by name), and each mutation asks again with the unit it read, refusing with
// errors.forbidden.
// The meeting's public page lists its decisions; forms that name only the decision expire
// every meeting's pages (there are few).
const lists = ["/my", "/admin/decisions", ...everyMeetingPage()];

export async function addDecision(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: addDecisionSchema,
    authorize: "minutes.write",
    run: async (input, actor) => {
      await addDecisionMutation(actor, input);
      return success("meetings.decisions.added");
    },
    revalidate: (input) => [
      "/my",
      "/admin/decisions",
      ...meetingChanged(input.meetingId),
      `/meetings/${input.meetingId}/decisions`,
    ],
  });
}

export async function editDecision(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: editDecisionSchema,
    authorize: "minutes.write",
    run: async (input, actor) => {
      await editDecisionMutation(actor, input);
      return success("meetings.decisions.saved");
    },
    revalidate: lists,
  });
}

export async function removeDecision(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: removeDecisionSchema,
    authorize: "minutes.write",
    run: async (input, actor) => {
      await removeDecisionMutation(actor, input);
      return success("meetings.decisions.removed");
    },
    revalidate: lists,
  });
}

export async function updateDecisionStatus(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: updateDecisionStatusSchema,
    authorize: "decision.update",
    run: async (input, actor) => {
      await updateDecisionStatusMutation(actor, input);
      return success("meetings.decisions.statusUpdated");
    },
    revalidate: lists,
  });
}

export async function moveDecision(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: moveDecisionSchema,
    authorize: "minutes.write",
    run: async (input, actor) => {
      await moveDecisionMutation(actor, input);
      return success("meetings.decisions.moved");
    },
    revalidate: lists,
  });
}
