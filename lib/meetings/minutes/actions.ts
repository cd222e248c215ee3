"use server";

import { runAction } from "@/lib/core/actions/run-action";
import { meetingChanged } from "@/lib/core/site/revalidate-public";
import { success, type FormState } from "@/lib/core/forms/form-state";
import { addMinutesErratum as addErratumMutation } from "./add-erratum";
import { autosaveMinutesDraft as autosaveDraftMutation } from "./autosave-draft";
import { conflictState } from "./conflict";
import { publishMinutes as publishMutation } from "./publish-minutes";
import { restoreMinutesVersion as restoreMutation } from "./restore-version";
import { saveMinutes as saveMutation, type SaveOutcome } from "./save-minutes";
import {
  minutesDraftSchema,
  minutesErratumSchema,
  publishMinutesSchema,
  restoreMinutesSchema,
  saveMinutesSchema,
} from "./schemas";

// Writers are admins and the host unit's secretaries: the host is only known from the meeting
// row, so the policy admits admins and secretaries here (minutes.write by name) and each
// mutation checks minutes.write with the host unit (canWriteMinutes) on the meeting it loads,
// refusing with errors.forbidden.
const paths = ({ meetingId }: { meetingId: number }) => [
  ...meetingChanged(meetingId),
  `/meetings/${meetingId}/minutes`,
  `/meetings/${meetingId}/minutes/versions`,
  `/meetings/${meetingId}/print`,
];

function stateOf(outcome: SaveOutcome, savedKey: string): FormState {
  if (outcome.kind === "conflict") return conflictState(outcome.conflict);
  const key = outcome.kind === "saved" ? savedKey : "meetings.minutes.unchanged";
  return {
    ...success(key, { version: outcome.version }),
    message: { key, values: { version: outcome.version } },
  };
}

export async function saveMinutes(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: saveMinutesSchema,
    authorize: "minutes.write",
    run: async (input, actor) => stateOf(await saveMutation(actor, input), "meetings.minutes.saved"),
    revalidate: paths,
  });
}

export async function autosaveMinutesDraft(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: minutesDraftSchema,
    authorize: "minutes.write",
    run: async (input, actor) => {
      const savedAt = await autosaveDraftMutation(actor, input);
      return success("meetings.minutes.draftSaved", { savedAt: savedAt.toISOString() });
    },
  });
}

export async function restoreMinutesVersion(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: restoreMinutesSchema,
    authorize: "minutes.write",
    run: async (input, actor) => stateOf(await restoreMutation(actor, input), "meetings.minutes.restored"),
    revalidate: paths,
  });
}

export async function publishMinutes(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: publishMinutesSchema,
    authorize: "meetings.manage",
    run: async (input, actor) => {
      await publishMutation(actor, input);
      return success("meetings.minutes.published");
    },
    revalidate: paths,
  });
}

export async function addMinutesErratum(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: minutesErratumSchema,
    authorize: "minutes.write",
    run: async (input, actor) => {
      await addErratumMutation(actor, input);
      return success("meetings.minutes.erratumAdded");
    },
    revalidate: paths,
  });
}
